using System.Text.RegularExpressions;

namespace SummitCoordination.TestSupport;

/// <summary>
/// Issue 24: common English words, none of them a word of Turkmen or Uzbek, whose Latin texts are checked too. A text in
/// one of the five states' languages holding one is an English sentence, or a part of one, left untranslated. Words the
/// two share with English ("format", "status", "embargo") and those their texts use ("on": ten, "bar": there is, "men":
/// I, "has": more) are not on the list; acronyms (all capitals: PDF, UTC, C5) are no words of a sentence.
/// </summary>
public static partial class EnglishWords
{
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "with", "from", "this", "that", "these", "those", "which", "what", "when", "where", "who", "will",
        "would", "should", "could", "been", "were", "was", "are", "is", "have", "not", "for", "your", "you", "our",
        "there", "their", "they", "it", "its", "by", "an", "to", "into", "about", "after", "before", "until", "yet", "only",
        "meeting", "meetings", "statement", "statements", "agenda", "delegation", "delegations", "commitment", "commitments",
        "chair", "secretariat", "draft", "published", "adopted", "signed", "search", "page", "language", "english", "russian",
        "date", "none", "any", "save", "cancel", "show", "next", "previous", "please", "error", "item", "items", "version",
        "print", "sign", "due", "done", "overdue", "held", "host", "body", "bodies", "rule", "text", "title", "week", "month",
        "year", "day", "days", "today", "calendar", "inbox", "home", "menu", "skip", "content", "official", "working", "group",
        "heads", "state", "foreign", "ministers", "council", "summit", "consensus", "objection", "silence", "procedure",
    };

    /// <summary>The words of a text made of Latin letters only (a word with ý, ş or ʻ is no English word), placeholders and addresses left out.</summary>
    public static IEnumerable<string> LatinWords(string text) =>
        Word().Matches(Skipped().Replace(text, " ")).Select(m => m.Value).Where(w => w.All(char.IsAsciiLetter));

    /// <summary>The common English words of a text, each once; acronyms are no words of a sentence.</summary>
    public static IReadOnlyList<string> In(string text) =>
        LatinWords(text).Where(w => !w.All(char.IsUpper) && Common.Contains(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\d+[^}]*\}|https?://\S+")]
    private static partial Regex Skipped();
}
