namespace SummitCoordination.Contracts;

/// <summary>
/// Consensus changed a meeting's agenda on its own account (the meeting convened and its items opened, it closed and
/// undecided items moved on): pages showing that agenda read it again.
/// </summary>
public sealed record AgendaUpdated(Guid MeetingId, AgendaChange Why, DateTime AtUtc);
