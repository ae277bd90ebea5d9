namespace SummitCoordination.Contracts;

/// <summary>The meeting will not take place at its times; it waits for new ones.</summary>
public sealed record MeetingPostponed(Guid MeetingId, Guid BodyId, string Reason, DateTime AtUtc);
