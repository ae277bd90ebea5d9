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

    private static async Task<IResult> ListAsync([AsParameters] PublicStatementSearch search, HttpContext http, StatementsDbContext db, PublicReadCache cache,
        CancellationToken ct)
    {
        search = search.Checked();
        if (PrefersHtml(http.Request))
        {
            // A browser reads the web app's page, with its search form, at the same query.
            return Results.Redirect($"/statements{http.Request.QueryString}");
        }

        var key = $"list|json|{http.Request.QueryString}";
        return HttpCaching.Serve(http, await cache.GetAsync(key, () => PageAsync(search, key, http, db, ct)));
    }

    /// <summary>One page of the search, newest first, with what a client needs to cache it (its ETag and last change).</summary>
    private static async Task<PublicResponse> PageAsync(PublicStatementSearch search, string key, HttpContext http, StatementsDbContext db, CancellationToken ct)
    {
        var query = search.Filter(db.Published.AsNoTracking());
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug)
            .Skip((search.PageNumber - 1) * search.Size).Take(search.Size)
            .Select(p => new { p.Slug, p.Title, p.TitleRu, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList, p.HasRussian, p.PublishedUtc })
            .ToListAsync(ct);
        var items = rows.Select(p => new PublicStatementSummary(p.Slug, p.Title, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList,
            p.HasRussian ? Languages : ["en"], p.PublishedUtc, PublicStatement.LinksFor(p.Slug, p.HasRussian), p.TitleRu)).ToList();
        // What a summary shows never changes after publication: the page is known by its query, its total and its slugs.
        var result = new PublicStatementPage(search.PageNumber, search.Size, total, items);
        var etag = HttpCaching.ETagFor($"{key}|{total}|{string.Join(",", rows.Select(r => r.Slug))}");
        var lastModified = rows.Count == 0 ? DateTime.UnixEpoch : rows.Max(p => p.PublishedUtc);
        return new PublicResponse(Serialize(http, result), Json, etag, lastModified);
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
