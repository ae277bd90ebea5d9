namespace SummitCoordination.Contracts;

/// <summary>The meeting will not take place.</summary>
public sealed record MeetingCancelled(Guid MeetingId, Guid BodyId, string Reason, DateTime AtUtc);
