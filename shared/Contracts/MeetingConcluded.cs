namespace SummitCoordination.Contracts;

/// <summary>The meeting has closed.</summary>
public sealed record MeetingConcluded(Guid MeetingId, Guid BodyId, DateTime AtUtc);
