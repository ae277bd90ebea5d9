namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Square brackets (DOMAIN.md, Paragraphs): around the whole paragraph (no language, no span), or around a span of it
/// in one language's text, given as a start and a length in that text. <see cref="Text"/> is what the brackets enclose.
/// An amendment that rewords a span of a paragraph names its span the same way (<c>Amendment.Span</c>).
/// </summary>
public sealed record Bracket(TextLanguage? Language, int Start, int Length, string? Text)
{
    public static readonly Bracket WholeParagraph = new(null, 0, 0, null);

    public bool IsWhole => Language is null;

    /// <summary>A span of a paragraph's text, by its offsets or by the words it encloses (their first occurrence).</summary>
    public static Bracket Span(Paragraph paragraph, TextLanguage language, int? start, int? length, string? marked)
    {
        var text = paragraph.Text(language)
            ?? throw new DomainException(DomainErrorKind.Invalid, "bracket.no-text", $"{paragraph.Number} has no {language} text to bracket a span of.");
        if (marked is { Length: > 0 })
        {
            var at = text.IndexOf(marked, StringComparison.Ordinal);
            return at >= 0
                ? new Bracket(language, at, marked.Length, marked)
                : throw new DomainException(DomainErrorKind.Invalid, "bracket.not-found", $"\"{marked}\" is not in the {language} text of {paragraph.Number}.");
        }

        if (start is not { } s || length is not { } l || s < 0 || l <= 0 || s + l > text.Length)
        {
            throw new DomainException(DomainErrorKind.Invalid, "bracket.span",
                $"A span lies within the {language} text of {paragraph.Number} ({text.Length} characters): a start from 0 and a length of at least 1.");
        }

        return new Bracket(language, s, l, text.Substring(s, l));
    }

    /// <summary>The paragraph's text with the bracketed span replaced (the other language is left as it was).</summary>
    public string Replace(string text, string with) => text[..Start] + with + text[(Start + Length)..];
}
