using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Statements.Register;

/// <summary>
/// The document register: the public register of General documents (<c>/public/documents</c>, JSON and Atom), the
/// register as a signed-in caller may read it (<c>/api/register/documents</c>: a delegation also reads the Limited
/// documents of its meetings and the Restricted ones naming its state), and the secretariat's acts.
/// </summary>
public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/public").WithTags("Register").AllowAnonymous();
        open.MapGet("/documents", (HttpContext http, [AsParameters] DocumentSearch search, StatementsDbContext db, TimeProvider clock, CancellationToken ct) =>
                ListAsync(null, search, db, clock, ct))
            .WithSummary("The public register: General documents (and those past their derestriction date), newest first; q (words of titles and text), symbol, body, year, meetingId, kind, page, pageSize.");
        open.MapGet("/documents.atom", FeedAsync).Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .WithSummary("An Atom feed of the latest 50 documents of the public register.");
        open.MapGet("/documents/{id:guid}", (Guid id, StatementsDbContext db, TimeProvider clock, CancellationToken ct) => OneAsync(null, id, "/public/documents", db, clock, ct))
            .WithSummary("One document of the public register: symbol, titles, meeting and item, distribution, derestriction, its files by language and version.");
        open.MapGet("/documents/{id:guid}/files/{fileId:guid}", (Guid id, Guid fileId, [AsParameters] RegisterFiles files, CancellationToken ct) =>
                DownloadAsync(null, id, fileId, files, ct))
            .WithSummary("A file of a public document.");

        var register = app.MapGroup("/api/register").WithTags("Register");
        register.MapGet("/documents", (ClaimsPrincipal user, [AsParameters] DocumentSearch search, StatementsDbContext db, TimeProvider clock, CancellationToken ct) =>
                ListAsync(user, search, db, clock, ct))
            .RequireAuthorization(Policies.Participant)
            .WithSummary("The register as the caller may read it: the secretariat all; a delegation the General documents, the Limited ones of its meetings, the Restricted ones naming its state.");
        register.MapGet("/documents/{id:guid}", (Guid id, ClaimsPrincipal user, StatementsDbContext db, TimeProvider clock, CancellationToken ct) =>
                OneAsync(user, id, "/api/register/documents", db, clock, ct))
            .RequireAuthorization(Policies.Participant).WithSummary("One document the caller may read (404 otherwise).");
        register.MapGet("/documents/{id:guid}/files/{fileId:guid}", (Guid id, Guid fileId, ClaimsPrincipal user, [AsParameters] RegisterFiles files,
                CancellationToken ct) => DownloadAsync(user, id, fileId, files, ct))
            .RequireAuthorization(Policies.Participant).WithSummary("A file of a document the caller may read.");
        register.MapPost("/documents", RegisterAsync).Validate<RegisterDocumentRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat registers a document of a meeting; its symbol follows the body's pattern (409 if a named number is taken); a derestriction date before the document's date is refused (400).");
        register.MapPut("/documents/{id:guid}", EditAsync).Validate<EditDocumentRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat edits a document's titles, kind, item, level, recipients and dates.");
        register.MapPost("/documents/{id:guid}/suffixes", SuffixAsync).Validate<SuffixDocumentRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("A revision (Rev: supersedes the document), corrigendum (Corr) or addendum (Add): a new document under the suffixed symbol.");
        register.MapPost("/documents/{id:guid}/files", UploadAsync).RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat uploads a file (the request body) for one language (?language=en&fileName=...), the next version of that language. "
                + "PDF, DOCX, ODT or UTF-8 plain text, recognised by content (else 415); at most Register:MaxFileBytes (else 413).");
        register.MapGet("/bodies/{bodyId:guid}", BodyAsync).RequireAuthorization(Policies.Secretariat).WithSummary("A body's symbol pattern.");
        register.MapPut("/bodies/{bodyId:guid}", SetBodyAsync).Validate<BodyPatternRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat sets a body's symbol pattern: {format}, {body}, {year}, {series} and {n}, e.g. C5/CFM/{year}/{series}.{n}.");
        return app;
    }

    private static async Task<Ok<DocumentPage>> ListAsync(ClaimsPrincipal? user, DocumentSearch search, StatementsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        search = search.Checked();
        var today = RegisterAccess.Today(clock);
        var query = search.Filter(db, user is null ? RegisterAccess.Public(db.Documents.AsNoTracking(), today) : await RegisterAccess.VisibleAsync(db, user, today, ct));
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.DocumentDate).ThenByDescending(d => d.CreatedUtc)
            .Page(search.Paging)
            .Select(d => new DocumentSummary(d.Id, d.Symbol, d.Kind, d.Title, d.TitleRu, d.MeetingId, d.BodyName, d.Year, d.Level, d.DocumentDate, d.DerestrictOn,
                d.SupersededBySymbol, d.Files.Select(f => f.Language).ToList()))
            .ToListAsync(ct);
        // A language is listed once however many versions it has.
        return TypedResults.Ok(new DocumentPage(items.Select(i => i with { Languages = i.Languages.Distinct().Order(StringComparer.Ordinal).ToList() }).ToList(),
            total, search.Paging.Number, search.Paging.Size));
    }

    private static async Task<Ok<DocumentResponse>> OneAsync(ClaimsPrincipal? user, Guid id, string path, StatementsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = RegisterAccess.Today(clock);
        var visible = user is null ? RegisterAccess.Public(db.Documents.AsNoTracking(), today) : await RegisterAccess.VisibleAsync(db, user, today, ct);
        var document = await visible.Include(d => d.Files).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("Document", id);
        var family = await visible.Where(d => d.BaseSymbol == document.BaseSymbol && d.Id != document.Id).OrderBy(d => d.Symbol)
            .Select(d => new RelatedDocument(d.Id, d.Symbol, d.Suffix, d.SupersededById != null)).ToListAsync(ct);
        return TypedResults.Ok(await ResponseAsync(db, document, path, family, ct));
    }

    private static async Task<DocumentResponse> ResponseAsync(StatementsDbContext db, RegisteredDocument document, string path, IReadOnlyList<RelatedDocument>? family,
        CancellationToken ct)
    {
        var meetingTitle = await db.Meetings.AsNoTracking().Where(m => m.Id == document.MeetingId).Select(m => m.Title).SingleOrDefaultAsync(ct);
        return DocumentResponse.From(document, meetingTitle, path, family);
    }

    private static async Task<IResult> DownloadAsync(ClaimsPrincipal? user, Guid id, Guid fileId, RegisterFiles files, CancellationToken ct)
    {
        var (db, clock, store) = files;
        var today = RegisterAccess.Today(clock);
        var visible = user is null ? RegisterAccess.Public(db.Documents.AsNoTracking(), today) : await RegisterAccess.VisibleAsync(db, user, today, ct);
        var document = await visible.Include(d => d.Files).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw DomainException.NotFound("Document", id);
        var file = document.Files.SingleOrDefault(f => f.Id == fileId) ?? throw DomainException.NotFound("File", fileId);
        var content = store.OpenRead(file.StorageKey) ?? throw DomainException.NotFound("File", fileId);
        return TypedResults.File(content, file.MediaType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static async Task<Created<DocumentResponse>> RegisterAsync(RegisterDocumentRequest request, ClaimsPrincipal user, RegisterDocumentHandler handler,
        StatementsDbContext db, CancellationToken ct)
    {
        var document = await handler.HandleAsync(new RegisterDocument(request, user), ct);
        return TypedResults.Created($"/api/register/documents/{document.Id}", await ResponseAsync(db, document, "/api/register/documents", null, ct));
    }

    private static async Task<Ok<DocumentResponse>> EditAsync(Guid id, EditDocumentRequest request, ClaimsPrincipal user, EditDocumentHandler handler,
        StatementsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ResponseAsync(db, await handler.HandleAsync(new EditDocument(id, request, user), ct), "/api/register/documents", null, ct));

    private static async Task<Created<DocumentResponse>> SuffixAsync(Guid id, SuffixDocumentRequest request, ClaimsPrincipal user, SuffixDocumentHandler handler,
        StatementsDbContext db, CancellationToken ct)
    {
        var document = await handler.HandleAsync(new SuffixDocument(id, request, user), ct);
        return TypedResults.Created($"/api/register/documents/{document.Id}", await ResponseAsync(db, document, "/api/register/documents", null, ct));
    }

    private static async Task<Created<DocumentFileResponse>> UploadAsync(Guid id, string? language, string? fileName, HttpRequest http,
        [AsParameters] Uploading uploading, CancellationToken ct)
    {
        var (user, handler, settings) = uploading;
        if (http.ContentLength > settings.MaxFileBytes)
        {
            throw UploadFileHandler.TooLarge(settings.MaxFileBytes);
        }

        // The server's own limit on a request body must not cut a file the register takes.
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxFileBytes + 1;
        }

        var file = await handler.HandleAsync(new UploadFile(id, language, fileName, http.Body, user), ct);
        return TypedResults.Created($"/api/register/documents/{id}/files/{file.Id}",
            DocumentFileResponse.From(file, true, $"/api/register/documents/{id}/files/{file.Id}"));
    }

    private static async Task<Ok<BodyPatternResponse>> BodyAsync(Guid bodyId, StatementsDbContext db, CancellationToken ct)
    {
        var pattern = await db.RegisterBodies.AsNoTracking().Where(b => b.BodyId == bodyId).Select(b => b.Pattern).SingleOrDefaultAsync(ct);
        return TypedResults.Ok(PatternResponse(bodyId, pattern));
    }

    private static async Task<Ok<BodyPatternResponse>> SetBodyAsync(Guid bodyId, BodyPatternRequest request, ClaimsPrincipal user, SetBodyPatternHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(PatternResponse(bodyId, (await handler.HandleAsync(new SetBodyPattern(bodyId, request.Pattern!, user), ct)).Pattern));

    private static BodyPatternResponse PatternResponse(Guid bodyId, string? pattern) =>
        new(bodyId, pattern ?? SymbolPattern.Default, pattern is null, SymbolPattern.Render(pattern ?? SymbolPattern.Default, "C5", "CFM", 2027, "WP", 3));

    private static async Task<IResult> FeedAsync(HttpContext http, StatementsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var latest = await RegisterAccess.Public(db.Documents.AsNoTracking(), RegisterAccess.Today(clock))
            .OrderByDescending(d => d.UpdatedUtc).Take(50).ToListAsync(ct);
        return Results.Bytes(await RegisterFeed.AtomAsync($"{http.Request.Scheme}://{http.Request.Host}", latest), AtomFeed.MediaType);
    }
}

/// <summary>What a file download reads with (bound with [AsParameters]: services, none of them in the API).</summary>
public sealed record RegisterFiles([FromServices] StatementsDbContext Db, [FromServices] TimeProvider Clock, [FromServices] IDocumentStore Store);

/// <summary>Who uploads a file, and what takes it (bound with [AsParameters]).</summary>
public sealed record Uploading(ClaimsPrincipal User, [FromServices] UploadFileHandler Handler, [FromServices] RegisterSettings Settings);

/// <summary>The public register's Atom feed: the latest General documents.</summary>
internal static class RegisterFeed
{
    public static Task<byte[]> AtomAsync(string origin, IReadOnlyList<RegisteredDocument> latest)
    {
        var lastChange = latest.Count == 0 ? DateTime.UnixEpoch : latest.Max(d => d.UpdatedUtc);
        var feed = new SyndicationFeed("C5 document register", "General documents of the meetings of the Central Asia Five",
            new Uri($"{origin}/documents"), "urn:summit-coordination:documents", AtomFeed.Utc(lastChange))
        {
            Items = latest.Select(d =>
            {
                var item = new SyndicationItem($"{d.Symbol}: {d.Title}", $"{d.Kind}, {d.BodyName}, {d.DocumentDate:yyyy-MM-dd}.", new Uri($"{origin}/documents/{d.Id}"),
                    $"urn:uuid:{d.Id}", AtomFeed.Utc(d.UpdatedUtc));
                item.Categories.Add(new SyndicationCategory(d.Kind.ToString()));
                item.Links.Add(new SyndicationLink(new Uri($"{origin}/public/documents/{d.Id}"), "alternate", d.Symbol, "application/json", 0));
                return item;
            }).ToList(),
        };
        return AtomFeed.WriteAsync(feed, new Uri($"{origin}/public/documents.atom"));
    }
}
