namespace SummitCoordination.Scheduling.Parties;

public enum PartyKind
{
    Member,
    Partner,
    Observer,
}
