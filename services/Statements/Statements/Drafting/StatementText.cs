using Ganss.Xss;

namespace SummitCoordination.Statements.Drafting;

/// <summary>Markdown in, sanitized HTML out; and the content hash that freezes an adopted text.</summary>
public static class StatementText
{
    /// <summary>How a statement's Markdown is read, for HTML here and for plain text on paper (<c>OfficialTexts.MarkdownPlainText</c>).</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>What a published statement may contain: text formatting, lists, tables, headings, quotes and links.</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "sub", "sup",
        "small", "code", "pre", "blockquote", "q", "abbr", "cite", "span", "div", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a",
    };

    // A strict allow-list: no forms, inputs, images, media, frames, styles or scripts; links only to http, https and mailto.
    // One instance is thread-safe for Sanitize.
    private static readonly HtmlSanitizer Sanitizer = Strict();

    private static HtmlSanitizer Strict()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(["href", "title", "id", "colspan", "rowspan", "align", "start", "abbr", "scope", "lang", "dir"]);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        options.UriAttributes.Add("href");
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                // Links leave the page without telling the target where the reader came from.
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>
    /// SHA-256, lower-case hex, over the UTF-8 bytes of <c>"en\n" + English + "\nru\n" + (Russian or "")</c>: anyone holding the
    /// published Markdown can recompute it.
    /// </summary>
    public static string ContentHash(string english, string? russian) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"en\n{english}\nru\n{russian ?? ""}")));
}
