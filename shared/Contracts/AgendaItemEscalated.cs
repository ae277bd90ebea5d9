namespace SummitCoordination.Contracts;

/// <summary>Consensus below the target layer: the item goes to the parent body (its next meeting, once there is one), with fresh positions.</summary>
public sealed record AgendaItemEscalated(Guid ItemId, Guid FromMeetingId, Guid ToBodyId, Guid? ToMeetingId, Layer ToLayer, DateTime AtUtc);
