using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// The public replies (<see cref="PublicEndpoints"/>), each rendered once per revision of the public data and kept in
/// <see cref="PublicReadCache"/> with what a client needs to cache it: its bytes, media type, ETag and last change.
/// </summary>
public sealed class PublicReads(StatementsDbContext db, PublicReadCache cache, IOptions<JsonOptions> json)
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>One page of the search, newest first; <paramref name="queryString"/> names the page in the cache.</summary>
    public Task<PublicResponse> PageAsync(PublicStatementSearch search, string queryString, CancellationToken ct)
    {
        var key = $"list|json|{queryString}";
        return cache.GetAsync(key, async () =>
        {
            var query = search.Filter(db.Published.AsNoTracking());
            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug)
                .Page(search.Paging)
                .Select(p => new { p.Id, p.Slug, p.Title, p.TitleRu, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList, p.HasRussian, p.PublishedUtc })
                .ToListAsync(ct);
            var ids = rows.Select(r => r.Id).ToList();
            var titles = (await db.Translations.AsNoTracking().Where(t => ids.Contains(t.StatementId)).Select(t => new { t.StatementId, t.Language, t.Title }).ToListAsync(ct))
                .ToLookup(t => t.StatementId);
            var items = rows.Select(p => new PublicStatementSummary(p.Slug, p.Title, p.Kind, p.Consensus, p.Year, p.Format, p.Partner, p.City, p.SignatoryList,
                [.. (p.HasRussian ? StatementLanguages.DefaultAuthentic : ["en"]), .. titles[p.Id].Select(t => t.Language).Order(StringComparer.Ordinal)],
                p.PublishedUtc, PublicStatement.LinksFor(p.Slug, p.HasRussian), p.TitleRu,
                titles[p.Id].Any() ? titles[p.Id].ToDictionary(t => t.Language, t => t.Title) : null)).ToList();
            // What a summary shows never changes after publication: the page is known by its query, its total and its slugs.
            var result = new PublicStatementPage(search.Paging.Number, search.Paging.Size, total, items);
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
            var translations = await db.Translations.AsNoTracking().Where(t => t.StatementId == published.Id).ToListAsync(ct);
            List<string> has = [.. (published.HasRussian ? StatementLanguages.DefaultAuthentic : ["en"]), .. translations.Select(t => t.Language).Order(StringComparer.Ordinal)];
            if (!has.Contains(language))
            {
                throw new DomainException(DomainErrorKind.NotFound, "statement.language", $"'{slug}' is published in {string.Join(", ", has)} only.");
            }

            var commitments = await db.Commitments.AsNoTracking().Where(c => c.StatementId == published.Id).OrderBy(c => c.DueUtc).ToListAsync(ct);
            var statement = PublicStatement.From(published, commitments, translations);
            var etag = HttpCaching.ETagFor($"one|{published.Id}|{published.UpdatedUtc.Ticks}|json|{language}");
            return new PublicResponse(Serialize(statement), Json, etag, published.UpdatedUtc);
        });

    /// <summary>
    /// A published statement's official text as a PDF (<see cref="OfficialTextPdf"/>), asked in one of the seven
    /// languages (<see cref="OfficialTextSources.In"/>); 404 for an unknown slug.
    /// </summary>
    public Task<PublicResponse> PdfAsync(string slug, string language, CancellationToken ct) =>
        cache.GetAsync($"one|{slug}|pdf|{language}", async () =>
        {
            var published = await db.Published.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct)
                ?? throw new DomainException(DomainErrorKind.NotFound, "statement.not-found", $"No published statement is called '{slug}'.");
            // The adopted version's paragraphs, numbered as negotiated; a statement published before paragraphs existed is split as the migration splits it.
            var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == published.Id, ct);
            IReadOnlyList<Paragraphs.Paragraph> adopted = statement?.Versions.SingleOrDefault(v => v.Number == published.Version)?.Paragraphs is { Count: > 0 } kept
                ? kept
                : Paragraphs.Paragraph.Numbered(Paragraphs.Paragraph.Split(published.English, published.Russian, []), []);
            // A text put in a language moves the statement's UpdatedUtc, so the ETag follows it.
            var translation = await db.Translations.AsNoTracking().SingleOrDefaultAsync(t => t.StatementId == published.Id && t.Language == language, ct);
            var text = OfficialTextSources.In(OfficialTextSources.Of(published, adopted), language, translation, statement?.AuthenticLanguages ?? []);
            return new PublicResponse(OfficialTextPdf.Render(text), OfficialTextPdf.MediaType,
                HttpCaching.ETagFor($"one|{published.Id}|{published.UpdatedUtc.Ticks}|pdf|{language}"), published.UpdatedUtc);
        });

    /// <summary>The Atom feed of the latest 50 publications, its links on <paramref name="origin"/>.</summary>
    public Task<PublicResponse> FeedAsync(string origin, CancellationToken ct) =>
        cache.GetAsync($"feed|{origin}", async () =>
        {
            var latest = await db.Published.AsNoTracking().OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug).Take(50)
                .Select(p => new { p.Id, p.Slug, p.Title, p.TitleRu, p.Kind, p.Consensus, p.MeetingTitle, p.SignatoryList, p.EnglishHtml, p.RussianHtml, p.PublishedUtc, p.UpdatedUtc })
                .ToListAsync(ct);
            var ids = latest.Select(p => p.Id).ToList();
            var translations = (await db.Translations.AsNoTracking().Where(t => ids.Contains(t.StatementId)).ToListAsync(ct)).ToLookup(t => t.StatementId);
            var lastChange = latest.Count == 0 ? DateTime.UnixEpoch : latest.Max(p => p.UpdatedUtc);
            var feed = new SyndicationFeed("C5 statements", "Joint statements, declarations, communiqués and chairman's statements of the Central Asia Five",
                new Uri($"{origin}/public/statements"), "urn:summit-coordination:statements", AtomFeed.Utc(lastChange))
            {
                Language = "en",
                // One entry per statement and language (issue 24): the English one under the statement's own id, each other
                // language's text in an entry of its own marked with its xml:lang, linked to the page in that language.
                Items = latest.SelectMany(p =>
                {
                    var texts = new List<(string Language, string Title, string Html)> { ("en", p.Title, p.EnglishHtml) };
                    if (p.RussianHtml is not null)
                    {
                        texts.Add(("ru", p.TitleRu ?? p.Title, p.RussianHtml));
                    }

                    texts.AddRange(translations[p.Id].OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => (t.Language, t.Title, t.Html)));
                    return texts.Select(text =>
                    {
                        var english = text.Language == "en";
                        var page = english ? new Uri($"{origin}/statements/{p.Slug}") : new Uri($"{origin}/public/statements/{p.Slug}?lang={text.Language}");
                        var item = new SyndicationItem(text.Title, SyndicationContent.CreateHtmlContent(text.Html), page,
                            english ? $"urn:uuid:{p.Id}" : $"urn:summit-coordination:statement:{p.Id}:{text.Language}",
                            AtomFeed.Utc(p.UpdatedUtc))
                        {
                            PublishDate = AtomFeed.Utc(p.PublishedUtc),
                        };
                        item.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), text.Language);
                        if (english)
                        {
                            item.Summary = new TextSyndicationContent($"{KindLabel(p.Kind, p.Consensus)}, {p.MeetingTitle}. Signed by {string.Join(", ", p.SignatoryList)}.");
                        }

                        item.Categories.Add(new SyndicationCategory(p.Kind));
                        item.Links.Add(new SyndicationLink(new Uri($"{origin}/public/statements/{p.Slug}"), "alternate", p.Title, "application/json", 0));
                        return item;
                    });
                }).ToList(),
            };
            var atom = await AtomFeed.WriteAsync(feed, new Uri($"{origin}/public/feed.atom"));
            return new PublicResponse(atom, AtomFeed.MediaType,
                HttpCaching.ETagFor($"feed|{origin}|{string.Join(",", latest.Select(p => $"{p.Slug}:{p.UpdatedUtc.Ticks}"))}"), lastChange);
        });

    /// <summary>The commitments of published statements, for one party (<paramref name="code"/>) or all, soonest due first, with counts by status.</summary>
    public Task<PublicResponse> CommitmentsAsync(string? code, CancellationToken ct) =>
        cache.GetAsync($"commitments|{code}", async () =>
        {
            var query = from c in db.Commitments.AsNoTracking()
                        join p in db.Published.AsNoTracking() on c.StatementId equals p.Id
                        select new { Commitment = c, p.Slug, p.Title, p.TitleRu, StatementUpdatedUtc = p.UpdatedUtc };
            if (code is not null)
            {
                var bars = $"|{code}|";
                query = query.Where(x => x.Commitment.PartyCodes.Contains(bars));
            }

            var rows = await query.OrderBy(x => x.Commitment.DueUtc).ToListAsync(ct);
            // Each statement's titles in the five states' languages (issue 24).
            var ids = rows.Select(r => r.Commitment.StatementId).Distinct().ToList();
            var titles = (await db.Translations.AsNoTracking().Where(t => ids.Contains(t.StatementId)).Select(t => new { t.StatementId, t.Language, t.Title }).ToListAsync(ct))
                .ToLookup(t => t.StatementId);
            var statuses = rows.Select(r => r.Commitment.Status).ToList();
            var body = new PartyCommitments(code, rows.Count, statuses.Count(s => s == "Done"), statuses.Count(s => s == "Overdue"),
                statuses.Count(s => s == "InProgress"), statuses.Count(s => s == "NotStarted"),
                rows.Select(r => new PartyCommitment(PublicCommitment.From(r.Commitment), r.Slug, r.Title, r.TitleRu,
                    titles[r.Commitment.StatementId].Any() ? titles[r.Commitment.StatementId].ToDictionary(t => t.Language, t => t.Title) : null)).ToList());
            return new PublicResponse(Serialize(body), Json,
                HttpCaching.ETagFor($"commitments|{code}|{string.Join(",", rows.Select(r => $"{r.Commitment.Id}:{r.Commitment.UpdatedUtc.Ticks}:{r.StatementUpdatedUtc.Ticks}"))}"),
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
