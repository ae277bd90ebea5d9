using System.Net;
using System.Text;

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

    public static string Render(PublicStatement s, string language)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var text = s.Texts[language];
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(s.Title)}</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/feed.atom\" title=\"C5 statements\">\n");
        html.Append("<style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}")
            .Append(".meta{color:#444;font-family:sans-serif;font-size:.9rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem}</style>\n");
        html.Append("</head>\n<body>\n<article>\n");
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
