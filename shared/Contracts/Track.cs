namespace SummitCoordination.Contracts;

/// <summary>The subject a body works on; working groups are per track.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Track>))]
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
