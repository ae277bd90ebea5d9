using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;

namespace SummitCoordination.Statements.Drafting;

/// <summary>Markdown in, sanitized HTML out; and the content hash that freezes an adopted text.</summary>
public static class StatementText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // HtmlSanitizer keeps a safe allow-list (no script, no event handlers, no javascript: URLs); one instance is thread-safe for Sanitize.
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>
    /// SHA-256, lower-case hex, over the UTF-8 bytes of <c>"en\n" + English + "\nru\n" + (Russian or "")</c>: anyone holding the
    /// published Markdown can recompute it.
    /// </summary>
    public static string ContentHash(string english, string? russian) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"en\n{english}\nru\n{russian ?? ""}")));
}
