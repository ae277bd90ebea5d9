namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// What the official text of a statement shows on paper (issue 22, point 7): its kind, its title and meeting in both
/// languages, the date and place, the version and its content hash, the symbol when it has one, and its paragraphs,
/// English and Russian side by side. <see cref="Draft"/> marks a version that was not adopted, so a printed draft is
/// never mistaken for the text. <see cref="Language"/> is the language the PDF was asked in (its page numbers and, with
/// <see cref="Translation"/>, the text in that language printed after the pair). Rendered by <see cref="OfficialTextPdf"/>; built by <see cref="OfficialTextSources"/>.
/// </summary>
public sealed record OfficialText(
    StatementKind Kind,
    string TitleEn,
    string TitleRu,
    string MeetingEn,
    string MeetingRu,
    DateOnly Date,
    string PlaceEn,
    string PlaceRu,
    int Version,
    string ContentHash,
    string? Symbol,
    bool Draft,
    IReadOnlyList<OfficialParagraph> Paragraphs,
    string? RegisterSymbol = null,
    string Language = "en",
    OfficialTranslation? Translation = null);
