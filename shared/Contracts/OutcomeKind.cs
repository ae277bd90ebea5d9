namespace SummitCoordination.Contracts;

/// <summary>What a decision rule made of an item's positions.</summary>
public enum OutcomeKind
{
    Adopted,
    Blocked,
    Deferred,
}
