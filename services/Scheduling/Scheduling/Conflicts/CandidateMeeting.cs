namespace SummitCoordination.Scheduling.Conflicts;

/// <summary>A meeting as it would be after a change, checked before the change is made.</summary>
public sealed record CandidateMeeting(
    Guid Id,
    Body Body,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZone,
    string HostParty,
    string City,
    string Venue,
    IReadOnlyList<Delegation> Delegations)
{
    public static CandidateMeeting Of(Meeting m, Body body) =>
        new(m.Id, body, m.StartUtc, m.EndUtc, m.TimeZone, m.HostParty, m.City, m.Venue, m.Delegations);
}
