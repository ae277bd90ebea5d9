using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Statements.OfficialTexts;
using SummitCoordination.Statements.Persistence;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// The public replies (<see cref="PublicEndpoints"/>), each rendered once per revision of the public data and kept in
/// <see cref="PublicReadCache"/> with what a client needs to cache it: its bytes, media type, ETag and last change.
/// </summary>
public sealed class PublicReads(StatementsDbContext db, PublicReadCache cache, IOptions<JsonOptions> json)
{
    private const string Json = "application/json; charset=utf-8";

    private static readonly string[] Languages = ["en", "ru"];

    /// <summary>One page of the search, newest first; <paramref name="queryString"/> names the page in the cache.</summary>
    public Task<PublicResponse> PageAsync(PublicStatementSearch search, string queryString, CancellationToken ct)
    {
        var key = $"list|json|{queryString}";
        return cache.GetAsync(key, async () =>
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
            return new PublicResponse(Serialize(result), Json, etag, lastModified);
        });
    }

    /// <summary>One published statement in one of its languages, with its commitments; 404 for an unknown slug or a language it lacks.</summary>
    public Task<PublicResponse> StatementAsync(string slug, string language, CancellationToken ct) =>
        cache.GetAsync($"one|{slug}|json|{language}", async () =>
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
            return new PublicResponse(Serialize(statement), Json, etag, published.UpdatedUtc);
        });

    /// <summary>A published statement's official text as a PDF (<see cref="OfficialTextPdf"/>); 404 for an unknown slug.</summary>
    public Task<PublicResponse> PdfAsync(string slug, CancellationToken ct) =>
        cache.GetAsync($"one|{slug}|pdf", async () =>
        {
            var published = await db.Published.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct)
                ?? throw new DomainException(DomainErrorKind.NotFound, "statement.not-found", $"No published statement is called '{slug}'.");
            // The adopted version's paragraphs, numbered as negotiated; a statement published before paragraphs existed is split as the migration splits it.
            var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == published.Id, ct);
            IReadOnlyList<Paragraphs.Paragraph> adopted = statement?.Versions.SingleOrDefault(v => v.Number == published.Version)?.Paragraphs is { Count: > 0 } kept
                ? kept
                : Paragraphs.Paragraph.Numbered(Paragraphs.Paragraph.Split(published.English, published.Russian, []), []);
            var pdf = OfficialTextPdf.Render(OfficialTextSources.Of(published, adopted));
            return new PublicResponse(pdf, OfficialTextPdf.MediaType, HttpCaching.ETagFor($"one|{published.Id}|{published.UpdatedUtc.Ticks}|pdf"), published.UpdatedUtc);
        });

    /// <summary>The Atom feed of the latest 50 publications, its links on <paramref name="origin"/>.</summary>
    public Task<PublicResponse> FeedAsync(string origin, CancellationToken ct) =>
        cache.GetAsync($"feed|{origin}", async () =>
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

    /// <summary>The commitments of published statements, for one party (<paramref name="code"/>) or all, soonest due first, with counts by status.</summary>
    public Task<PublicResponse> CommitmentsAsync(string? code, CancellationToken ct) =>
        cache.GetAsync($"commitments|{code}", async () =>
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
            return new PublicResponse(Serialize(body), Json,
                HttpCaching.ETagFor($"commitments|{code}|{string.Join(",", rows.Select(r => $"{r.Commitment.Id}:{r.Commitment.UpdatedUtc.Ticks}"))}"),
                rows.Count == 0 ? DateTime.UnixEpoch : rows.Max(r => r.Commitment.UpdatedUtc));
        });

    private byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions);

    private static string KindLabel(string kind, bool consensus) => kind switch
    {
        "JointStatement" => "Joint statement",
        "Declaration" => "Declaration",
        "Communique" => "Communiqué",
        "ChairmansStatement" => "Chairman's statement",
        _ => kind,
    } + (consensus ? "" : " (issued by the chair alone; not a consensus text)");
}
