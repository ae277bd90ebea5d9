using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Statements.Drafting;

public static class StatementEndpoints
{
    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/statements", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                StatementAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct), "Meeting", id);
                var statements = await db.Statements.AsNoTracking().Where(s => s.MeetingId == id).OrderBy(s => s.CreatedUtc).ToListAsync(ct);
                return TypedResults.Ok(statements.Select(StatementSummary.From).ToList());
            })
            .RequireAuthorization(Policies.Participant).WithTags("Statements")
            .WithSummary("The statements of a meeting, drafts included (secretariat and the meeting's delegations).");

        var group = app.MapGroup("/api/statements").WithTags("Statements").RequireAuthorization(Policies.Participant);
        group.MapPost("/", DraftAsync).Validate<DraftStatementRequest>()
            .WithSummary("Drafts a statement for a meeting (its kind, title, version 1; optionally its Russian title `titleRu`, the agenda item that will adopt it, or the statement it corrects). Without `titleRu` the Russian text's first `# ` heading stands for the Russian title.");
        group.MapGet("/", ListAsync)
            .WithSummary("Statements the caller may see (secretariat: all; a delegation: those of its meetings), newest first: status, kind, meetingId, page, pageSize.");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(StatementResponse.From((await LoadVisibleAsync(db, id, user, ct, tracked: false)).Statement)))
            .WithSummary("A statement with its version list and current (or adopted) text.");
        group.MapGet("/{id:guid}/versions/{number:int}", async (Guid id, int number, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(VersionResponse.From((await LoadVisibleAsync(db, id, user, ct, tracked: false)).Statement.VersionAt(number))))
            .WithSummary("One kept version: Markdown and sanitized HTML per language.");
        group.MapGet("/{id:guid}/versions/{number:int}.pdf", PrintAsync)
            .Produces<Stream>(StatusCodes.Status200OK, OfficialTextPdf.MediaType).Produces(StatusCodes.Status304NotModified)
            .AccessRule("the secretariat or a delegation sitting in the statement's meeting (StatementAccess.Visible); anyone else is told 404")
            .WithSummary("One kept version as its official text in PDF (a version not adopted is marked as a draft): English and Russian in aligned columns paragraph by paragraph. ?lang=kk (ky, tg, tk, uz): the page numbers in that language too and the statement's text in it after the pair; 400 for a language the site does not have.");
        group.MapPost("/{id:guid}/versions", ReviseAsync).Validate<ReviseRequest>().AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("The secretariat, holding the pen, issues a revised text against the latest version.");
        group.MapPost("/preview", (PreviewRequest request) => TypedResults.Ok(new PreviewResponse(
                StatementText.ToHtml(request.English ?? ""), string.IsNullOrEmpty(request.Russian) ? null : StatementText.ToHtml(request.Russian))))
            .Validate<PreviewRequest>()
            .WithSummary("Renders Markdown exactly as a version would be (Markdig, then the sanitizer's allow-list), for a live preview while writing; nothing is saved.");
        group.MapGet("/{id:guid}/diff", DiffAsync).WithSummary("What changed between two versions, per language (?from=N&to=M).");
        group.MapGet("/{id:guid}/amendments", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                await LoadVisibleAsync(db, id, user, ct, tracked: false);
                var amendments = await db.Amendments.AsNoTracking().Where(a => a.StatementId == id).OrderBy(a => a.ProposedUtc).ToListAsync(ct);
                return TypedResults.Ok(amendments.Select(AmendmentResponse.From).ToList());
            })
            .WithSummary("The amendments proposed, with what became of them.");
        group.MapPost("/{id:guid}/amendments", ProposeAmendmentAsync).Validate<AmendmentRequest>().WithEntityTag()
            .AccessRule("a delegation sitting in the meeting, for its own state (StatementAccess.AmendingParty)")
            .WithSummary("A delegation of the meeting proposes a change against a version. Answers the amendment as the list shows it, with its version as an ETag.");
        group.MapPost("/{id:guid}/amendments/{amendmentId:guid}/accept", AcceptAsync).WithEntityTag().AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("The secretariat accepts an amendment: a new version (409 if the text moved on since the version amended).");
        group.MapPost("/{id:guid}/amendments/{amendmentId:guid}/reject", RejectAsync).Validate<RejectAmendmentRequest>().WithEntityTag()
            .AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("The secretariat rejects an amendment, with a reason.");
        group.MapPut("/{id:guid}/embargo", EmbargoAsync).Validate<EmbargoRequest>().AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("The secretariat sets the release time (instead of the meeting's conclusion); a persistent job publishes then.");
        group.MapPost("/{id:guid}/chairmans-statement", ChairmansStatementAsync).Validate<ChairmansStatementRequest>()
            .AccessRule("chair of the meeting or the secretariat (StatementChairHandler)")
            .WithSummary("When the joint text was blocked or its meeting concluded without it: the chair (or the secretariat for the chair) issues a chairman's statement.");
        return app;
    }

    private static async Task<Ok<StatementListPage>> ListAsync([AsParameters] StatementListQuery query, ClaimsPrincipal user, ListStatementsHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new ListStatements(query, user), ct));

    internal static async Task<(Statement Statement, Meetings.StatementMeeting Meeting)> LoadVisibleAsync(StatementsDbContext db, Guid id, ClaimsPrincipal user,
        CancellationToken ct, bool tracked = true)
    {
        var query = tracked ? db.Statements : db.Statements.AsNoTracking();
        var statement = await query.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("Statement", id);
        var meeting = StatementAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == statement.MeetingId, ct), "Statement", id);
        return (statement, meeting);
    }

    private static async Task<IResult> PrintAsync(Guid id, int number, string? lang, HttpContext http, PrintVersionHandler handler, CancellationToken ct)
    {
        var printed = await handler.HandleAsync(new PrintVersion(id, number, http.User, lang), ct);
        return HttpCaching.Serve(http, new PublicResponse(printed.Pdf, OfficialTextPdf.MediaType, printed.ETag, printed.LastModifiedUtc), printed.FileName,
            "private, no-cache");
    }

    private static async Task<Created<StatementResponse>> DraftAsync(DraftStatementRequest request, ClaimsPrincipal user, DraftStatementHandler handler,
        CancellationToken ct)
    {
        var statement = await handler.HandleAsync(new DraftStatement(request, user), ct);
        return TypedResults.Created($"/api/statements/{statement.Id}", statement);
    }

    private static async Task<Created<VersionResponse>> ReviseAsync(Guid id, ReviseRequest request, ClaimsPrincipal user, ReviseStatementHandler handler,
        CancellationToken ct)
    {
        var version = await handler.HandleAsync(new ReviseStatement(id, request, user), ct);
        return TypedResults.Created($"/api/statements/{id}/versions/{version.Number}", version);
    }

    private static async Task<Ok<DiffResponse>> DiffAsync(Guid id, int? from, int? to, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct)
    {
        if (from is null || to is null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "diff.versions", "Name the two versions to compare: ?from=N&to=M.");
        }

        var (statement, _) = await LoadVisibleAsync(db, id, user, ct, tracked: false);
        var (older, newer) = (statement.VersionAt(from.Value), statement.VersionAt(to.Value));
        var languages = new List<LanguageDiff> { Diff("en", older.English, newer.English) };
        if (older.Russian is not null || newer.Russian is not null)
        {
            languages.Add(Diff("ru", older.Russian ?? "", newer.Russian ?? ""));
        }

        return TypedResults.Ok(new DiffResponse(id, from.Value, to.Value, languages));
    }

    private static LanguageDiff Diff(string language, string older, string newer)
    {
        var model = InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false);
        var lines = model.Lines.Select(l => new DiffLine(l.Type switch
        {
            ChangeType.Inserted => "Inserted",
            ChangeType.Deleted => "Deleted",
            ChangeType.Modified => "Modified",
            _ => "Unchanged",
        }, l.Position, l.Text)).ToList();
        return new LanguageDiff(language, lines.Count(l => l.Change == "Inserted"), lines.Count(l => l.Change == "Deleted"), lines);
    }

    private static async Task<Created<AmendmentResponse>> ProposeAmendmentAsync(Guid id, AmendmentRequest request, ClaimsPrincipal user,
        ProposeAmendmentHandler handler, CancellationToken ct)
    {
        var amendment = await handler.HandleAsync(new ProposeAmendment(id, request, user), ct);
        return TypedResults.Created($"/api/statements/{id}/amendments/{amendment.Id}", amendment);
    }

    private static async Task<Ok<AmendmentResponse>> AcceptAsync(Guid id, Guid amendmentId, ClaimsPrincipal user, AnswerAmendmentHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new AnswerAmendment(id, amendmentId, RejectedBecause: null, user), ct));

    private static async Task<Ok<AmendmentResponse>> RejectAsync(Guid id, Guid amendmentId, RejectAmendmentRequest request, ClaimsPrincipal user,
        AnswerAmendmentHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new AnswerAmendment(id, amendmentId, request.Reason!, user), ct));

    /// <summary>The delegation that proposed the amendment hears the answer in its inbox (and on its open pages).</summary>
    internal static AmendmentAnswered Answered(Statement statement, Amendment amendment, DateTime nowUtc) => new(statement.Id, amendment.Id, statement.MeetingId,
        statement.Title, amendment.Party, amendment.Status == AmendmentStatus.Accepted, amendment.Reason, amendment.ResultingVersion, nowUtc);

    internal static async Task<Amendment> LoadAmendmentAsync(StatementsDbContext db, Guid statementId, Guid amendmentId, CancellationToken ct) =>
        await db.Amendments.SingleOrDefaultAsync(a => a.Id == amendmentId && a.StatementId == statementId, ct)
        ?? throw DomainException.NotFound("Amendment", amendmentId);

    private static async Task<Ok<StatementResponse>> EmbargoAsync(Guid id, EmbargoRequest request, ClaimsPrincipal user, SetEmbargoHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new SetEmbargo(id, DateTime.SpecifyKind(request.ReleaseAtUtc!.Value.ToUniversalTime(), DateTimeKind.Utc), user), ct));

    private static async Task<Created<StatementResponse>> ChairmansStatementAsync(Guid id, ChairmansStatementRequest request, ClaimsPrincipal user,
        IssueChairmansStatementHandler handler, CancellationToken ct)
    {
        var statement = await handler.HandleAsync(new IssueChairmansStatement(id, request, user), ct);
        return TypedResults.Created($"/api/statements/{statement.Id}", statement);
    }
}
