namespace SummitCoordination.Contracts;

/// <summary>The meeting moved (new times or venue).</summary>
public sealed record MeetingRescheduled(Guid MeetingId, Guid BodyId, DateTime StartUtc, DateTime EndUtc, string TimeZone, string City, string Venue, DateTime AtUtc);
