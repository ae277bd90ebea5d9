namespace SummitCoordination.Contracts;

/// <summary>The meeting has opened.</summary>
public sealed record MeetingConvened(Guid MeetingId, Guid BodyId, DateTime AtUtc);
