using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// A statement's Markdown as the words on paper: emphasis, links and code marks dropped (a link keeps its text), a
/// heading its words, a list item its number or a bullet, each list item and hard break on a line of its own.
/// Read with the same pipeline as the HTML (<see cref="StatementText.Pipeline"/>), so what is a mark there is a mark here.
/// </summary>
public static class MarkdownPlainText
{
    public static string Of(string markdown)
    {
        var lines = new List<string>();
        foreach (var block in Markdown.Parse(markdown, StatementText.Pipeline))
        {
            Block(block, "", lines);
        }

        return string.Join('\n', lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0));
    }

    private static void Block(Block block, string prefix, List<string> lines)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{item.Order}{list.OrderedDelimiter} " : "• ";
                    var first = lines.Count;
                    foreach (var child in item)
                    {
                        Block(child, "", lines);
                    }

                    if (lines.Count > first)
                    {
                        lines[first] = prefix + marker + lines[first];
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child, prefix, lines);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                var text = new StringBuilder();
                Inlines(inline, text);
                lines.AddRange(text.ToString().Split('\n').Select(l => prefix + Collapse(l)));
                break;
            case LeafBlock { Lines.Count: > 0 } leaf when leaf is not HtmlBlock:
                // Code and other blocks without inlines: their lines as written.
                lines.AddRange(leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => prefix + l.Slice.ToString()));
                break;
        }
    }

    private static void Inlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case ContainerInline inner:
                    // Emphasis, links (their text), images (their description): the words without the marks.
                    Inlines(inner, text);
                    break;
            }
        }
    }

    private static string Collapse(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
