namespace SummitCoordination.Contracts;

/// <summary>
/// Who sits in the meeting changed: the parties with a delegation, and the observers. <c>Deciders</c>, when given, is the
/// meeting's new deciding set (a standing changed from a date on or before the meeting); null leaves it as it was.
/// <c>Seats</c>: each delegation's head and members as now set (null from a sender that predates them).
/// </summary>
public sealed record MeetingDelegationsChanged(Guid MeetingId, IReadOnlyList<string> Delegations, IReadOnlyList<string> Observers, DateTime AtUtc,
    IReadOnlyList<string>? Deciders = null, IReadOnlyList<DelegationSeat>? Seats = null);
