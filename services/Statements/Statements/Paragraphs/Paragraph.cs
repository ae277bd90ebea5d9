namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// A paragraph of one version of a statement (DOMAIN.md, Paragraphs): an id that stays the same from version to
/// version, its part (preambular or operative), its number computed from its place (PP1, PP2…; OP1, OP2…) and the
/// number it had in the version before when that differs ("OP4 (was OP3)"), and its English and Russian text side by
/// side. Either language may be missing, or marked "translation pending" (Concordance says what that blocks).
/// </summary>
public sealed partial class Paragraph
{
    public Guid Id { get; private set; }

    /// <summary>1-based place in the version.</summary>
    public int Position { get; private set; }
    public ParagraphPart Part { get; private set; }
    public string Number { get; private set; } = "";
    public string? WasNumber { get; private set; }
    public string? English { get; private set; }
    public string? Russian { get; private set; }
    public bool TranslationPending { get; private set; }

    private Paragraph()
    {
    }

    private Paragraph(ParagraphDraft draft, int position, string number, string? wasNumber)
    {
        Id = draft.Id;
        Part = draft.Part;
        English = Blank(draft.English);
        Russian = Blank(draft.Russian);
        TranslationPending = draft.TranslationPending;
        Position = position;
        Number = number;
        WasNumber = wasNumber;
    }

    /// <summary>"OP4", or "OP4 (was OP3)" when an insertion or removal above it renumbered it.</summary>
    public string Label => WasNumber is null ? Number : $"{Number} (was {WasNumber})";

    public string? Text(TextLanguage language) => language == TextLanguage.Russian ? Russian : English;

    public ParagraphDraft ToDraft() => new(Id, Part, English, Russian, TranslationPending);

    /// <summary>
    /// The paragraphs of a new version, in order: positions 1…n, numbers counted per part (PP1… for the preamble, OP1…
    /// for the operative part), each one's previous number kept when it changed. Ids are the drafts' own: a paragraph
    /// moved or renumbered is the same paragraph.
    /// </summary>
    public static List<Paragraph> Numbered(IReadOnlyList<ParagraphDraft> drafts, IReadOnlyList<Paragraph> previous)
    {
        if (drafts.Count == 0)
        {
            throw new ArgumentException("A version has at least one paragraph.", nameof(drafts));
        }

        if (drafts.Select(d => d.Id).Distinct().Count() != drafts.Count)
        {
            throw new ArgumentException("A paragraph appears once in a version.", nameof(drafts));
        }

        var before = previous.ToDictionary(p => p.Id, p => p.Number);
        var (preambular, operative) = (0, 0);
        var numbered = new List<Paragraph>(drafts.Count);
        foreach (var draft in drafts)
        {
            var number = draft.Part == ParagraphPart.Preambular ? $"PP{++preambular}" : $"OP{++operative}";
            var was = before.TryGetValue(draft.Id, out var old) && old != number ? old : null;
            numbered.Add(new Paragraph(draft, numbered.Count + 1, number, was));
        }

        return numbered;
    }

    /// <summary>
    /// A whole text split into paragraphs, one per Markdown block (blocks are separated by a blank line); the English
    /// and Russian blocks paired by their place, a block with no counterpart making a paragraph with the other
    /// language missing. Ids are kept from <paramref name="previous"/> (the version before): a paragraph whose English
    /// is unchanged keeps its id wherever it went, then a changed one keeps the id of the first unmatched paragraph
    /// between the same unchanged neighbours; any other is new. A new paragraph takes the part of the one before it (operative first).
    /// </summary>
    public static List<ParagraphDraft> Split(string? english, string? russian, IReadOnlyList<Paragraph> previous)
    {
        var (en, ru) = (Blocks(english), Blocks(russian));
        var count = Math.Max(en.Count, ru.Count);
        var texts = Enumerable.Range(0, count).Select(i => (English: i < en.Count ? en[i] : null, Russian: i < ru.Count ? ru[i] : null)).ToList();
        var ids = new Guid?[count];
        var taken = new HashSet<Guid>();
        for (var i = 0; i < count; i++)
        {
            if (texts[i].English is { } text && previous.FirstOrDefault(p => !taken.Contains(p.Id) && p.English == text) is { } same)
            {
                ids[i] = same.Id;
                taken.Add(same.Id);
            }
        }

        // A reworded paragraph keeps the id of an unmatched one between the same unchanged neighbours, in order.
        var indexOf = previous.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        for (var i = 0; i < count; i++)
        {
            if (ids[i] is not null)
            {
                continue;
            }

            var after = Enumerable.Range(0, i).Reverse().Select(j => ids[j]).FirstOrDefault(id => id is not null) is { } a ? indexOf[a] : -1;
            var before = Enumerable.Range(i + 1, count - i - 1).Select(j => ids[j]).FirstOrDefault(id => id is not null && indexOf.ContainsKey(id.Value)) is { } b
                ? indexOf[b]
                : previous.Count;
            if (previous.Skip(after + 1).Take(Math.Max(0, before - after - 1)).FirstOrDefault(p => !taken.Contains(p.Id)) is { } reworded)
            {
                ids[i] = reworded.Id;
                taken.Add(reworded.Id);
            }
        }

        var parts = previous.ToDictionary(p => p.Id, p => p.Part);
        var drafts = new List<ParagraphDraft>(count);
        for (var i = 0; i < count; i++)
        {
            var id = ids[i] ?? Guid.NewGuid();
            var part = parts.TryGetValue(id, out var kept) ? kept : drafts.Count > 0 ? drafts[^1].Part : ParagraphPart.Operative;
            drafts.Add(new ParagraphDraft(id, part, texts[i].English, texts[i].Russian, TranslationPending: false));
        }

        return drafts;
    }

    /// <summary>A Markdown text's blocks: split on blank lines (line ends normalised), each trimmed of surrounding blank lines.</summary>
    public static IReadOnlyList<string> Blocks(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? []
            : BlankLine().Split(markdown.Replace("\r\n", "\n").Replace('\r', '\n')).Select(b => b.Trim('\n')).Where(b => b.Trim().Length > 0).ToList();

    /// <summary>One language of a version as a whole Markdown text: its paragraphs in order, a blank line between; none when no paragraph has it.</summary>
    public static string? Join(IEnumerable<Paragraph> paragraphs, TextLanguage language)
    {
        var texts = paragraphs.OrderBy(p => p.Position).Select(p => p.Text(language)).OfType<string>().ToList();
        return texts.Count == 0 ? null : string.Join("\n\n", texts);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim('\n', '\r');

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLine();
}
