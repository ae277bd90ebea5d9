namespace SummitCoordination.Contracts;

/// <summary>A meeting of a body was put on the calendar (status Planned).</summary>
public sealed record MeetingScheduled(
    Guid MeetingId,
    Guid BodyId,
    string BodyName,
    Layer Layer,
    string Format,
    string? Partner,
    string Title,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZone,
    string HostParty,
    string City,
    string Venue,
    IReadOnlyList<string> Delegations,
    IReadOnlyList<string> Observers,
    DateTime ScheduledAtUtc);
