namespace SummitCoordination.Contracts;

/// <summary>The deadline for proposing agenda items for the meeting has passed.</summary>
public sealed record AgendaSubmissionDeadlineReached(Guid MeetingId, Guid BodyId, DateTime AtUtc);
