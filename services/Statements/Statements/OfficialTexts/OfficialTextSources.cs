namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// The <see cref="OfficialText"/> of a kept version (a draft, or the adopted one) and of a published statement.
/// The date printed is the meeting's (the day it opened), the date a text is known by. Statements knows a meeting's
/// title and city in English only: the Russian column repeats them as they are.
/// </summary>
public static class OfficialTextSources
{
    public static OfficialText Of(Statement statement, StatementVersion version, StatementMeeting meeting)
    {
        var adopted = statement.AdoptedVersion == version.Number;
        return new OfficialText(statement.Kind, statement.Title, statement.RussianTitleOf(version) ?? statement.Title, meeting.Title, meeting.Title,
            DateOnly.FromDateTime(meeting.StartUtc), meeting.City, meeting.City, version.Number,
            adopted ? statement.ContentHash! : StatementText.ContentHash(version.English, version.Russian), adopted ? statement.Slug : null, Draft: !adopted,
            Printed(version.Paragraphs));
    }

    /// <summary>A published statement, printed with the paragraphs of the version adopted (their numbers as negotiated).</summary>
    public static OfficialText Of(PublishedStatement published, IReadOnlyList<Paragraph> adopted) =>
        new(Enum.Parse<StatementKind>(published.Kind), published.Title, published.TitleRu ?? published.Title, published.MeetingTitle, published.MeetingTitle,
            DateOnly.FromDateTime(published.MeetingStartUtc), published.City, published.City, published.Version, published.ContentHash, published.Slug, Draft: false,
            Printed(adopted), published.Symbol);

    /// <summary>
    /// The text as asked in <paramref name="language"/> (issue 24): its page numbers in that language too and, for one of
    /// the five states' languages, the statement's text in it printed after the pair, marked authentic when the statement names it so.
    /// </summary>
    public static OfficialText In(OfficialText text, string language, StatementTranslation? translation, IReadOnlyList<string> authentic) =>
        text with
        {
            Language = language,
            Translation = translation is null || translation.Language != language ? null
                : new OfficialTranslation(language, translation.Title, Plain(translation.Markdown) ?? "", StatementLanguages.Authentic(authentic).Contains(language)),
        };

    /// <summary>Each paragraph under its number (PP1…, OP1…, as in the negotiation and its history), its Markdown marks dropped.</summary>
    public static IReadOnlyList<OfficialParagraph> Printed(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.OrderBy(p => p.Position)
            .Select(p => new OfficialParagraph(p.Number, Plain(p.English), Plain(p.Russian)))
            .ToList();

    private static string? Plain(string? markdown) => string.IsNullOrWhiteSpace(markdown) ? null : MarkdownPlainText.Of(markdown);

    /// <summary>A file name that says what the file is: <c>2026-dushanbe-joint-statement.pdf</c>, <c>joint-statement-on-water-v3-draft.pdf</c>.</summary>
    public static string FileName(OfficialText text)
    {
        // A PDF asked in one of the five states' languages says so in its name: 2026-dushanbe-joint-statement-kk.pdf.
        var language = text.Translation is null ? "" : $"-{text.Language}";
        if (text.Symbol is { } symbol && !text.Draft)
        {
            return $"{Slugs.Words(symbol)}{language}.pdf";
        }

        var words = Slugs.Words(text.TitleEn);
        var name = words.Length == 0 ? "statement" : words[..Math.Min(words.Length, 80)].TrimEnd('-');
        return $"{name}-v{text.Version}{(text.Draft ? "-draft" : "")}{language}.pdf";
    }
}
