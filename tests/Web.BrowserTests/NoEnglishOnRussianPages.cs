using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 19, point 13: a Russian page has no English word but the proper names a person typed. The page's visible text
/// is split into words of Latin letters; each must be one the journey typed (a name, a title, a reason), or on the short
/// list below of what is Latin in Russian too.
/// </summary>
public static partial class NoEnglishOnRussianPages
{
    /// <summary>Latin words a Russian page may show: the format's name (C5, C5+X), the other language's own name on the switch, abbreviations read as such.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "C", "X", // C5, C5+X: the format's name in both languages
        "English", // the language switch names each language in itself
        "UTC", "API", "JSON", "Atom", "SHA", "PDF", "iCalendar", "webcal", // abbreviations and formats, written so in Russian
        "KAZ", "KGZ", "TJK", "TKM", "UZB", // party codes where a form asks for codes (the commitments form's hint)
    };

    /// <summary>Fails with the English words the page shows, each with a little of the text around it.</summary>
    public static Task AssertAsync(IPage page, params string[] typed) => AssertAsync(page.Locator("body"), typed);

    /// <summary>The same for a part of a page (where the rest shows what other journeys typed in the shared host).</summary>
    public static async Task AssertAsync(ILocator part, params string[] typed)
    {
        var text = string.Join("\n", await part.AllInnerTextsAsync());
        var mine = typed.SelectMany(t => Word().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var english = Word().Matches(text)
            .Where(m => !Allowed.Contains(m.Value) && !mine.Contains(m.Value))
            .Select(m => $"'{m.Value}' in \"…{text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)].ReplaceLineEndings(" ")}…\"")
            .Distinct()
            .Take(15)
            .ToList();
        Assert.True(english.Count == 0, $"English on the Russian page {part.Page.Url}: {string.Join("; ", english)}");
    }

    /// <summary>A run of Latin letters that is a word: not part of a code mixing letters and digits (a content hash, an id).</summary>
    [GeneratedRegex("(?<![0-9A-Za-z])[A-Za-z]+(?![0-9A-Za-z])")]
    private static partial Regex Word();
}
