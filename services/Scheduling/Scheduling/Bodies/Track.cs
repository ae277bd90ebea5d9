namespace SummitCoordination.Scheduling.Bodies;

public enum Track
{
    General,
    PoliticalSecurity,
    EconomyTrade,
    WaterEnergy,
    TransportConnectivity,
    EnvironmentClimate,
    SocialCultural,
}
