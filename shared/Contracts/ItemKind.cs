namespace SummitCoordination.Contracts;

/// <summary>What an agenda item asks of the meeting: a decision, a joint text, or only to take note.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
public enum ItemKind
{
    Decision,
    JointStatement,
    Information,
}
