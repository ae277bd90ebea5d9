namespace SummitCoordination.Contracts;

/// <summary>The chair put an item under the silence procedure: adopted at the deadline unless a state breaks silence before.</summary>
public sealed record SilenceProcedureStarted(Guid ItemId, Guid MeetingId, string Title, DateTime DeadlineUtc, DateTime AtUtc);
