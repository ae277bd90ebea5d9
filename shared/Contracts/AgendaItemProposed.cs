namespace SummitCoordination.Contracts;

/// <summary>An item was proposed for a meeting's agenda.</summary>
public sealed record AgendaItemProposed(Guid ItemId, Guid MeetingId, ItemKind Kind, string Title, Layer TargetLayer, string ProposedBy, DateTime AtUtc,
    Guid? StatementId = null);
