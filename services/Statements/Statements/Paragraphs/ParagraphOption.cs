namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// An option (DOMAIN.md, Paragraphs): one of two or more alternative wordings of a bracketed paragraph, or of its
/// bracketed span, labelled A, B…, each with the states that sponsor it, until one is chosen.
/// </summary>
public sealed record ParagraphOption(Guid Id, string Label, string? English, string? Russian, IReadOnlyList<string> Sponsors)
{
    public static string LabelAt(int index) => ((char)('A' + index)).ToString();

    public ParagraphOption SupportedBy(string party) =>
        Sponsors.Contains(party) ? this : this with { Sponsors = Sponsors.Append(party).Order(StringComparer.Ordinal).ToList() };
}
