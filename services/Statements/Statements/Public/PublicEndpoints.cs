using SummitCoordination.Contracts;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Persistence;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// What observers read, anonymously (issue 5, section 5): only the read model of published statements and their
/// commitments. Nothing here touches drafts, amendments, versions other than the published one, or positions.
/// Replies are rendered once per revision of the public data (<see cref="PublicReadCache"/>).
/// </summary>
public static class PublicEndpoints
{
    public const int MaxPageSize = 100;

    private const string Json = "application/json; charset=utf-8";

    private static readonly string[] Languages = ["en", "ru"];

    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/statements", ListAsync)
            .Produces<PublicStatementPage>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified).Produces(StatusCodes.Status302Found)
            .WithSummary("Published statements, newest first: q (words in title and text), year, format, partner, party, kind, language, meetingId (the meeting that published them), page, pageSize. A browser (Accept: text/html) is sent to the /statements page.");
        group.MapGet("/statements/{slug}", OneAsync)
            .Produces<PublicStatement>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified).Produces(StatusCodes.Status302Found)
            .WithSummary("One published statement by its slug, as JSON. A browser (Accept: text/html, or the .html suffix) is sent to its /statements/{slug} page (?lang=ru: in Russian).");
        group.MapGet("/feed.atom", FeedAsync).Produces<string>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status304NotModified).WithSummary("An Atom feed of the latest publications.");
        group.MapGet("/commitments", PartyCommitmentsAsync).WithSummary("Commitments of published statements, for one party (?party=KAZ): what it committed to and what is done.");
        return app;
    }

    private static byte[] Serialize<T>(HttpContext http, T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);

    private static async Task<IResult> ListAsync(HttpContext http, StatementsDbContext db, PublicReadCache cache, string? q, int? year, string? format,
        string? partner, string? party, string? kind, string? language, int? page, int? pageSize, Guid? meetingId, CancellationToken ct)
    {
        var (pageNumber, size) = (page ?? 1, pageSize ?? 20);
        if (pageNumber < 1 || size is < 1 or > MaxPageSize)
        {
            throw new DomainException(DomainErrorKind.Invalid, "public.paging", $"page starts at 1; pageSize is 1 to {MaxPageSize}.");
        }

        var kindName = string.IsNullOrWhiteSpace(kind) ? null : ParseKind(kind).ToString();
        var russianOnly = (language?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "en" => false,
            "ru" => true,
            _ => throw new DomainException(DomainErrorKind.Invalid, "public.language", "language is en or ru."),
        };

        if (PrefersHtml(http.Request))
        {
            // A browser reads the web app's page, with its search form, at the same query.
            return Results.Redirect($"/statements{http.Request.QueryString}");
        }

        var response = await cache.GetAsync($"list|json|{http.Request.QueryString}", async () =>
        {
            var query = db.Published.AsNoTracking();
            foreach (var word in (q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(10))
            {
                query = query.Where(p => p.SearchText.Contains(word));
            }

            if (year is { } y)
            {
                query = query.Where(p => p.Year == y);
            }

            if (meetingId is { } meeting)
            {
                query = query.Where(p => p.MeetingId == meeting);
            }

            if (!string.IsNullOrWhiteSpace(format))
            {
                var f = format.Trim().ToUpperInvariant();
                query = f == "C5+X" ? query.Where(p => p.Partner != null) : query.Where(p => p.Format == f);
            }

            if (!string.IsNullOrWhiteSpace(partner))
            {
                var x = partner.Trim().ToUpperInvariant();
                query = query.Where(p => p.Partner == x);
            }

            if (!string.IsNullOrWhiteSpace(party))
            {
                var bars = $"|{party.Trim().ToUpperInvariant()}|";
                query = query.Where(p => p.Signatories.Contains(bars));
            }

            if (kindName is not null)
            {
                query = query.Where(p => p.Kind == kindName);
            }

            if (russianOnly)
            {
                query = query.Where(p => p.HasRussian);
            }

            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug)
                .Skip((pageNumber - 1) * size).Take(size)
                .Select(p => new { p.Slug, p.Title, p.TitleRu, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList, p.HasRussian, p.PublishedUtc })
                .ToListAsync(ct);
            var items = rows.Select(p => new PublicStatementSummary(p.Slug, p.Title, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList,
                p.HasRussian ? Languages : ["en"], p.PublishedUtc, PublicStatement.LinksFor(p.Slug, p.HasRussian), p.TitleRu)).ToList();
            // What a summary shows never changes after publication: the page is known by its query, its total and its slugs.
            var result = new PublicStatementPage(pageNumber, size, total, items);
            var etag = HttpCaching.ETagFor($"list|json|{http.Request.QueryString}|{total}|{string.Join(",", rows.Select(r => r.Slug))}");
            var lastModified = rows.Count == 0 ? DateTime.UnixEpoch : rows.Max(p => p.PublishedUtc);
            return new PublicResponse(Serialize(http, result), Json, etag, lastModified);
        });
        return HttpCaching.Serve(http, response);
    }

    private static StatementKind ParseKind(string kind)
    {
        var compact = kind.Replace("-", "").Replace("_", "").Replace("'", "").Trim();
        return Enum.TryParse<StatementKind>(compact, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "public.kind",
                $"kind is one of {string.Join(", ", Enum.GetNames<StatementKind>())} (or joint-statement, chairmans-statement, ...).");
    }

    private static async Task<IResult> OneAsync(HttpContext http, string slug, string? lang, StatementsDbContext db, PublicReadCache cache, CancellationToken ct)
    {
        var language = (lang ?? "en").Trim().ToLowerInvariant();
        if (slug.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || PrefersHtml(http.Request))
        {
            // A browser reads the web app's page; ?lang=ru chooses Russian there (the language switch's cookie).
            var page = $"/statements/{Uri.EscapeDataString(slug.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? slug[..^".html".Length] : slug)}";
            return Results.Redirect(language == "ru" ? $"/language/ru?returnUrl={Uri.EscapeDataString(page)}" : page);
        }

        var response = await cache.GetAsync($"one|{slug}|json|{language}", async () =>
        {
            var published = await db.Published.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct)
                ?? throw new DomainException(DomainErrorKind.NotFound, "statement.not-found", $"No published statement is called '{slug}'.");
            if (!Languages.Contains(language) || (language == "ru" && !published.HasRussian))
            {
                throw new DomainException(DomainErrorKind.NotFound, "statement.language",
                    $"'{slug}' is published in {(published.HasRussian ? "en and ru" : "en")} only.");
            }

            var commitments = await db.Commitments.AsNoTracking().Where(c => c.StatementId == published.Id).OrderBy(c => c.DueUtc).ToListAsync(ct);
            var statement = PublicStatement.From(published, commitments);
            var etag = HttpCaching.ETagFor($"one|{published.Id}|{published.UpdatedUtc.Ticks}|json|{language}");
            return new PublicResponse(Serialize(http, statement), Json, etag, published.UpdatedUtc);
        });
        return HttpCaching.Serve(http, response);
    }

    private static string KindLabel(string kind, bool consensus) => kind switch
    {
        "JointStatement" => "Joint statement",
        "Declaration" => "Declaration",
        "Communique" => "Communiqué",
        "ChairmansStatement" => "Chairman's statement",
        _ => kind,
    } + (consensus ? "" : " (issued by the chair alone; not a consensus text)");

    private static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var htmlQuality = accept.Where(a => a.MediaType == "text/html").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var jsonQuality = accept.Where(a => a.MediaType == "application/json" || a.MediaType == "*/*").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return htmlQuality > 0 && htmlQuality >= jsonQuality;
    }

    private static async Task<IResult> FeedAsync(HttpContext http, StatementsDbContext db, PublicReadCache cache, CancellationToken ct)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var response = await cache.GetAsync($"feed|{origin}", async () =>
        {
            var latest = await db.Published.AsNoTracking().OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug).Take(50)
                .Select(p => new { p.Id, p.Slug, p.Title, p.Kind, p.Consensus, p.MeetingTitle, p.SignatoryList, p.EnglishHtml, p.PublishedUtc, p.UpdatedUtc })
                .ToListAsync(ct);
            var lastChange = latest.Count == 0 ? DateTime.UnixEpoch : latest.Max(p => p.UpdatedUtc);
            var feed = new SyndicationFeed("C5 statements", "Joint statements, declarations, communiqués and chairman's statements of the Central Asia Five",
                new Uri($"{origin}/public/statements"), "urn:summit-coordination:statements", new DateTimeOffset(DateTime.SpecifyKind(lastChange, DateTimeKind.Utc)))
            {
                Items = latest.Select(p =>
                {
                    var item = new SyndicationItem(p.Title, SyndicationContent.CreateHtmlContent(p.EnglishHtml), new Uri($"{origin}/statements/{p.Slug}"),
                        $"urn:uuid:{p.Id}", new DateTimeOffset(DateTime.SpecifyKind(p.UpdatedUtc, DateTimeKind.Utc)))
                    {
                        PublishDate = new DateTimeOffset(DateTime.SpecifyKind(p.PublishedUtc, DateTimeKind.Utc)),
                        Summary = new TextSyndicationContent($"{KindLabel(p.Kind, p.Consensus)}, {p.MeetingTitle}. Signed by {string.Join(", ", p.SignatoryList)}."),
                    };
                    item.Categories.Add(new SyndicationCategory(p.Kind));
                    item.Links.Add(new SyndicationLink(new Uri($"{origin}/public/statements/{p.Slug}"), "alternate", p.Title, "application/json", 0));
                    return item;
                }).ToList(),
            };
            feed.Links.Add(new SyndicationLink(new Uri($"{origin}/public/feed.atom"), "self", null, "application/atom+xml", 0));

            using var buffer = new MemoryStream();
            await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
                await writer.FlushAsync();
            }

            return new PublicResponse(buffer.ToArray(), "application/atom+xml; charset=utf-8",
                HttpCaching.ETagFor($"feed|{origin}|{string.Join(",", latest.Select(p => $"{p.Slug}:{p.UpdatedUtc.Ticks}"))}"), lastChange);
        });
        return HttpCaching.Serve(http, response);
    }

    private static async Task<IResult> PartyCommitmentsAsync(HttpContext http, StatementsDbContext db, PublicReadCache cache, string? party, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(party) ? null : party.Trim().ToUpperInvariant();
        var response = await cache.GetAsync($"commitments|{code}", async () =>
        {
            var query = from c in db.Commitments.AsNoTracking()
                        join p in db.Published.AsNoTracking() on c.StatementId equals p.Id
                        select new { Commitment = c, p.Slug, p.Title, p.TitleRu };
            if (code is not null)
            {
                var bars = $"|{code}|";
                query = query.Where(x => x.Commitment.PartyCodes.Contains(bars));
            }

            var rows = await query.OrderBy(x => x.Commitment.DueUtc).ToListAsync(ct);
            var statuses = rows.Select(r => r.Commitment.Status).ToList();
            var body = new PartyCommitments(code, rows.Count, statuses.Count(s => s == "Done"), statuses.Count(s => s == "Overdue"),
                statuses.Count(s => s == "InProgress"), statuses.Count(s => s == "NotStarted"),
                rows.Select(r => new PartyCommitment(PublicCommitment.From(r.Commitment), r.Slug, r.Title, r.TitleRu)).ToList());
            return new PublicResponse(Serialize(http, body), Json,
                HttpCaching.ETagFor($"commitments|{code}|{string.Join(",", rows.Select(r => $"{r.Commitment.Id}:{r.Commitment.UpdatedUtc.Ticks}"))}"),
                rows.Count == 0 ? DateTime.UnixEpoch : rows.Max(r => r.Commitment.UpdatedUtc));
        });
        return HttpCaching.Serve(http, response);
    }
}
