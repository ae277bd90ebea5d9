using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SummitCoordination.Statements.Public;

/// <summary>A plain, readable HTML page of one published statement. Every value is encoded; the body is the sanitized HTML.</summary>
public static class StatementPage
{
    public static string KindLabel(string kind, bool consensus) => kind switch
    {
        "JointStatement" => "Joint statement",
        "Declaration" => "Declaration",
        "Communique" => "Communiqué",
        "ChairmansStatement" => "Chairman's statement",
        _ => kind,
    } + (consensus ? "" : " (issued by the chair alone; not a consensus text)");

    /// <summary>The pages' one inline style; the Content-Security-Policy allows exactly this text by its hash.</summary>
    public const string Style = "body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}" +
        ".meta{color:#444;font-family:sans-serif;font-size:.9rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem}";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static void Head(StringBuilder html, string language, string title)
    {
        html.Append($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/feed.atom\" title=\"C5 statements\">\n");
        html.Append("<style>").Append(Style).Append("</style>\n");
        html.Append("</head>\n<body>\n");
    }

    /// <summary>The search results as a page: newest first, each linking to its statement; the query kept across pages.</summary>
    public static string RenderList(PublicStatementPage page, IQueryCollection query, string host)
    {
        var html = new StringBuilder();
        Head(html, "en", "C5 statements");
        html.Append("<h1>C5 statements</h1>\n");
        html.Append($"<p class=\"meta\">{page.Total} published · <a href=\"/public/feed.atom\">Atom feed</a> · public calendar: ")
            .Append($"<a href=\"webcal://{E(host)}/public/calendar.ics\">subscribe</a> or <a href=\"/public/calendar.ics\">download</a></p>\n<ul>\n");
        foreach (var item in page.Items)
        {
            html.Append($"<li><a href=\"{E(item.Links.Html)}\">{E(item.Title)}</a> <span class=\"meta\">{E(KindLabel(item.Kind, item.Consensus))}, ")
                .Append($"{E(item.City)} {item.Year}, {item.PublishedUtc:yyyy-MM-dd}</span></li>\n");
        }

        html.Append("</ul>\n");
        string PageLink(int number, string label)
        {
            var others = query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
            return $"<a href=\"?{E(string.Join("&", others.Append($"page={number}")))}\">{label}</a>";
        }

        var links = new List<string>();
        if (page.Page > 1)
        {
            links.Add(PageLink(page.Page - 1, "Newer"));
        }

        if (page.Page * page.PageSize < page.Total)
        {
            links.Add(PageLink(page.Page + 1, "Older"));
        }

        html.Append($"<p class=\"meta\">{string.Join(" · ", links)}</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string Render(PublicStatement s, string language)
    {
        var text = s.Texts[language];
        var html = new StringBuilder();
        Head(html, language, s.Title);
        html.Append("<article>\n");
        html.Append($"<p class=\"meta\">{E(KindLabel(s.Kind, s.Consensus))} · {E(s.Meeting.Title)} · {E(s.Meeting.City)}, {s.Meeting.StartUtc:d MMMM yyyy}</p>\n");
        html.Append($"<h1>{E(s.Title)}</h1>\n");
        if (s.Corrects is not null)
        {
            html.Append($"<p class=\"meta\">Corrigendum to <a href=\"/public/statements/{E(s.Corrects)}.html\">{E(s.Corrects)}</a>.</p>\n");
        }

        foreach (var correction in s.CorrectedBy)
        {
            html.Append($"<p class=\"meta\">Corrected by <a href=\"/public/statements/{E(correction)}.html\">{E(correction)}</a>.</p>\n");
        }

        html.Append($"<div class=\"text\">\n{text.Html}\n</div>\n");
        html.Append(s.Consensus
            ? $"<p class=\"meta\">Adopted by consensus. Signatories: {E(string.Join(", ", s.Signatories))}.</p>\n"
            : $"<p class=\"meta\">Issued by the chair ({E(s.IssuedBy)}) under its own authority. It does not claim consensus and has no other signatory.</p>\n");
        html.Append($"<p class=\"meta\">Published {s.PublishedUtc:yyyy-MM-dd HH:mm} UTC. Version {s.Version}, SHA-256 <code>{E(s.ContentHash)}</code>.</p>\n");
        if (s.Commitments.Count > 0)
        {
            html.Append("<h2>Commitments</h2>\n<table>\n<tr><th>What</th><th>Parties</th><th>Due</th><th>Status</th><th>Evidence</th></tr>\n");
            foreach (var c in s.Commitments)
            {
                html.Append($"<tr><td>{E(c.What)}</td><td>{E(string.Join(", ", c.Parties))}</td><td>{c.DueUtc:yyyy-MM-dd}</td><td>{E(c.Status)}</td><td>{E(c.Evidence)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        var other = language == "en" ? (s.Texts.ContainsKey("ru") ? "<a href=\"?lang=ru\" hreflang=\"ru\">Русский</a>" : "") : "<a href=\"?lang=en\" hreflang=\"en\">English</a>";
        html.Append($"<p class=\"meta\">{other} · <a href=\"/public/statements/{E(s.Slug)}\">JSON</a> · <a href=\"/public/statements\">All statements</a></p>\n");
        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }
}
