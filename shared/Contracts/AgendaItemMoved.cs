namespace SummitCoordination.Contracts;

/// <summary>An item was deferred, referred up, withdrawn or sent back to wait for a meeting (<c>How</c> says which).</summary>
public sealed record AgendaItemMoved(Guid ItemId, Guid? FromMeetingId, Guid? ToMeetingId, Guid BodyId, ItemMove How, DateTime AtUtc);
