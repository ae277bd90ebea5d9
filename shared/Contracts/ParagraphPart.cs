namespace SummitCoordination.Contracts;

/// <summary>Where a paragraph of a statement stands (DOMAIN.md, Paragraphs): the preamble (PP1, PP2…) or the operative part (OP1, OP2…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphPart>))]
public enum ParagraphPart
{
    Preambular,
    Operative,
}
