namespace SummitCoordination.Scheduling.Conflicts;

/// <summary>
/// A clash between a meeting and the calendar (DOMAIN.md, Meetings). A hard conflict refuses the change;
/// a soft one is a warning the secretariat may override with a reason.
/// </summary>
public sealed record Conflict(string Code, string Message, bool Hard, Guid? OtherMeetingId = null, string? OtherMeetingTitle = null);
