namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// One numbered paragraph of an <see cref="OfficialText"/>: its number as cited (PP1, OP3, or P2 for a text not yet
/// split into preambular and operative paragraphs) and its plain text in each language; a language the paragraph
/// lacks is left blank on paper.
/// </summary>
public sealed record OfficialParagraph(string Number, string? English, string? Russian);
