using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 19, point 13, and issue 24: a page in Russian or in one of the five states' languages has no English word but
/// the proper names a person typed. On a page in a Cyrillic language (ru, kk, ky, tg) every word of Latin letters is
/// one: each must be one the journey typed, or on the short list below of what is Latin in those languages too. On a
/// page in a Latin one (tk, uz) the common English words are looked for (<see cref="EnglishWords"/>).
/// </summary>
public static partial class NoEnglishOnRussianPages
{
    /// <summary>Latin words a Cyrillic page may show: the format's name (C5, C5+X), the other languages' own names on the switch, abbreviations read as such.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "C", "X", // C5, C5+X: the format's name in every language
        "English", // the language switch names each language in itself (Türkmençe and Oʻzbekcha are no words of Latin letters only)
        "UTC", "API", "JSON", "Atom", "SHA", "PDF", "iCalendar", "webcal", // abbreviations and formats, written so in Russian
        "KAZ", "KGZ", "TJK", "TKM", "UZB", // party codes where a form asks for codes (the commitments form's hint)
        "USA", "CHN", "RUS", "JPN", "KOR", "IND", "DEU", "TUR", "EU", // the partner formats' names (C5+USA), in every language
    };

    /// <summary>Fails with the English words the page shows, each with a little of the text around it.</summary>
    public static Task AssertAsync(IPage page, params string[] typed) => AssertInAsync(page.Locator("body"), "ru", typed);

    /// <summary>The same for a page in the given language.</summary>
    public static Task AssertInAsync(IPage page, string language, params string[] typed) => AssertInAsync(page.Locator("body"), language, typed);

    /// <summary>The same for a part of a page (where the rest shows what other journeys typed in the shared host).</summary>
    public static Task AssertAsync(ILocator part, params string[] typed) => AssertInAsync(part, "ru", typed);

    public static async Task AssertInAsync(ILocator part, string language, params string[] typed)
    {
        // An address (a commitment's evidence) is no sentence of any language, nor a document's symbol (C5/CFM/2027/WP.3/Rev.1),
        // which names the document in every language.
        // Nor "ad referendum": diplomatic Latin, written in Latin letters in Russian texts too (a button may show it in capitals).
        var text = AdReferendum().Replace(Symbol().Replace(Address().Replace(string.Join("\n", await part.AllInnerTextsAsync()), " "), " "), " ");
        var mine = typed.SelectMany(EnglishWords.LatinWords).ToHashSet(StringComparer.Ordinal);
        var latin = language is "tk" or "uz";
        var english = Word().Matches(text)
            .Where(m => m.Value.All(char.IsAsciiLetter) && !Allowed.Contains(m.Value) && !mine.Contains(m.Value)
                && (!latin || (!m.Value.All(char.IsUpper) && EnglishWords.Common.Contains(m.Value))))
            .Select(m => $"'{m.Value}' in \"…{text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)].ReplaceLineEndings(" ")}…\"")
            .Distinct()
            .Take(15)
            .ToList();
        Assert.True(english.Count == 0, $"English on the {language} page {part.Page.Url}: {string.Join("; ", english)}");
    }

    [GeneratedRegex(@"\bad referendum\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdReferendum();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/])[A-Z0-9][A-Za-z0-9.+]*(?:/[A-Za-z0-9.+]+)+")]
    private static partial Regex Symbol();

    /// <summary>A run of letters that is a word: not part of a code mixing letters and digits (a content hash, an id).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Word();
}
