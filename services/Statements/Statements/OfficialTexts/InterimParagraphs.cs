namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// INTERIM SOURCE of an <see cref="OfficialText"/>'s paragraphs, until a statement is kept as numbered paragraphs
/// (issue 22, point 1), which will replace this class: each language's Markdown is cut into blocks at blank lines, the
/// English and Russian blocks are paired by position and numbered P1, P2… A first block that is a level-one heading is
/// the text's title, shown in the title block, not a paragraph.
/// </summary>
public static class InterimParagraphs
{
    public static IReadOnlyList<OfficialParagraph> From(string english, string? russian)
    {
        var en = Blocks(english);
        var ru = Blocks(russian);
        return Enumerable.Range(0, Math.Max(en.Count, ru.Count))
            .Select(i => new OfficialParagraph($"P{i + 1}", i < en.Count ? en[i] : null, i < ru.Count ? ru[i] : null))
            .ToList();
    }

    /// <summary>The plain text of each blank-line-separated block, in order, a leading title heading left out.</summary>
    public static IReadOnlyList<string> Blocks(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var blocks = new List<string>();
        var current = new List<string>();
        var first = true;
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n').Append(""))
        {
            if (line.Trim().Length > 0)
            {
                current.Add(line);
                continue;
            }

            if (current.Count > 0)
            {
                var isTitle = first && current.Count == 1 && current[0].TrimStart().StartsWith("# ", StringComparison.Ordinal);
                var text = MarkdownPlainText.Of(string.Join('\n', current));
                if (!isTitle && text.Length > 0)
                {
                    blocks.Add(text);
                }

                current.Clear();
                first = false;
            }
        }

        return blocks;
    }
}
