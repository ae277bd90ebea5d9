namespace SummitCoordination.Contracts;

/// <summary>One of a statement's two authentic languages (DOMAIN.md, Statements: both versions are equally authentic).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextLanguage>))]
public enum TextLanguage
{
    English,
    Russian,
}
