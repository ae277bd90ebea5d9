namespace SummitCoordination.Contracts;

/// <summary>Who sits in the meeting changed: the parties with a delegation, and the observers.</summary>
public sealed record MeetingDelegationsChanged(Guid MeetingId, IReadOnlyList<string> Delegations, IReadOnlyList<string> Observers, DateTime AtUtc);
