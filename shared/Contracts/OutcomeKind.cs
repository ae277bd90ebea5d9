namespace SummitCoordination.Contracts;

/// <summary>What a decision rule made of an item's positions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutcomeKind>))]
public enum OutcomeKind
{
    Adopted,
    Blocked,
    Deferred,
}
