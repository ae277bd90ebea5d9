namespace SummitCoordination.Contracts;

/// <summary>The kind of a statement a meeting releases; a chairman's statement is the chair's fallback when no joint text is agreed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatementKind>))]
public enum StatementKind
{
    JointStatement,
    Declaration,
    Communique,
    ChairmansStatement,
}
