namespace SummitCoordination.Contracts;

/// <summary>A body was created or edited; carries what other services need to know of it, its decision rule above all.</summary>
public sealed record BodyChanged(
    Guid BodyId,
    string Name,
    Layer Layer,
    Track Track,
    string Format,
    string? Partner,
    Guid? ParentBodyId,
    DecisionRuleSettings DecisionRule,
    int MinimumGapMinutes,
    DateTime ChangedAtUtc);
