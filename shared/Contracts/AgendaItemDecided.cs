namespace SummitCoordination.Contracts;

/// <summary>
/// The body's rule was applied to an item: Adopted, Blocked or Deferred, who is bound and who opted out; the item's title,
/// so that those told can say which item (absent from a message sent before it was carried: null).
/// </summary>
public sealed record AgendaItemDecided(Guid ItemId, Guid MeetingId, OutcomeKind Outcome, DecidedBy Rule, IReadOnlyList<string> Bound,
    IReadOnlyList<string> OptedOut, string Reason, DateTime AtUtc, string? Title = null);
