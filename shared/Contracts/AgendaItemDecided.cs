namespace SummitCoordination.Contracts;

/// <summary>The body's rule was applied to an item: Adopted, Blocked or Deferred, who is bound and who opted out.</summary>
public sealed record AgendaItemDecided(Guid ItemId, Guid MeetingId, OutcomeKind Outcome, DecidedBy Rule, IReadOnlyList<string> Bound,
    IReadOnlyList<string> OptedOut, string Reason, DateTime AtUtc);
