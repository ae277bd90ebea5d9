namespace SummitCoordination.Contracts;

/// <summary>A body was created or edited; carries what other services need to know of it.</summary>
public sealed record BodyChanged(
    Guid BodyId,
    string Name,
    Layer Layer,
    string Track,
    string Format,
    string? Partner,
    Guid? ParentBodyId,
    string DecisionRule,
    DateTime ChangedAtUtc);
