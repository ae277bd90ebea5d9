namespace SummitCoordination.Contracts;

/// <summary>
/// A meeting of a body was put on the calendar (status Planned). <c>Chair</c> is the party that chairs it (the
/// body's chair on the meeting's date); <c>CoChair</c> a co-chair the meeting names, if any (C5+X).
/// <c>Deciders</c> is the deciding set, computed from the standings that hold on the meeting's date. <c>Held</c>: a meeting
/// of the past recorded as held (status Concluded at once; no timers, no items to decide, outcomes recorded).
/// <c>Seats</c>: each delegation's head and members (null from a sender that predates them).
/// </summary>
public sealed record MeetingScheduled(
    Guid MeetingId,
    Guid BodyId,
    Guid? ParentBodyId,
    string BodyName,
    Layer Layer,
    DecisionRuleSettings DecisionRule,
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
    string Chair,
    string? CoChair,
    DateTime ScheduledAtUtc,
    IReadOnlyList<string>? Deciders = null,
    bool Held = false,
    IReadOnlyList<DelegationSeat>? Seats = null);
