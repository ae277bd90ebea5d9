namespace SummitCoordination.Contracts;

/// <summary>A reminder to the invited delegations, <c>DaysBefore</c> days before the meeting starts.</summary>
public sealed record MeetingReminderDue(Guid MeetingId, int DaysBefore, IReadOnlyList<string> Parties, DateTime StartUtc, DateTime AtUtc);
