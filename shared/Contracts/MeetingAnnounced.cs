namespace SummitCoordination.Contracts;

/// <summary>Now on the public calendar.</summary>
public sealed record MeetingAnnounced(Guid MeetingId, Guid BodyId, DateTime AtUtc);
