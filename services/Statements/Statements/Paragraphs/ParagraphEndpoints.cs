using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Statements.Paragraphs;

/// <summary>Issue 22: a statement negotiated paragraph by paragraph (<c>/api/statements/{id}/paragraphs</c>).</summary>
public static class ParagraphEndpoints
{
    private const string ChairOrPenHolder = "chair of the meeting or the pen holder, the secretariat (StatementChairHandler)";
    private const string PenHolder = "Secretariat, the pen holder (the policy, checked on the statement)";
    private const string OwnState = "a delegation sitting in the meeting, for its own state (StatementAccess.OwnSeatedParty)";

    public static IEndpointRouteBuilder MapParagraphEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statements/{id:guid}").WithTags("Paragraphs").RequireAuthorization(Policies.Participant);
        group.MapGet("/paragraphs", async (Guid id, int? version, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                var (statement, _) = await StatementEndpoints.LoadVisibleAsync(db, id, user, ct, tracked: false);
                return TypedResults.Ok(ParagraphsResponse.From(statement, version is { } n ? statement.VersionAt(n) : statement.Latest, user));
            })
            .WithSummary("The text paragraph by paragraph (the latest version, or ?version=N): numbers (\"OP4 (was OP3)\"), English and Russian side by side, each paragraph's status, bracket, options, ad referendum and reservations (notes only to their state and the secretariat), and whether the text is clean enough to be put to the decision.");
        group.MapGet("/paragraphs/history", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                await StatementEndpoints.LoadVisibleAsync(db, id, user, ct, tracked: false);
                var history = await db.Set<ParagraphEvent>().AsNoTracking().Where(e => EF.Property<Guid>(e, "StatementId") == id)
                    .OrderBy(e => e.AtUtc).ToListAsync(ct);
                return TypedResults.Ok(history.Select(ParagraphHistoryEntry.From).ToList());
            })
            .WithSummary("Every change to the paragraphs, oldest first: inserted, revised, removed, agreed, ad referendum confirmed or lapsed, bracketed, options, reservations; with the paragraph's number then, who and when.");
        group.MapPost("/paragraphs", InsertAsync).Validate<InsertParagraphRequest>().AccessRule(PenHolder)
            .WithSummary("The pen holder inserts a paragraph after another (or first): a new version against the latest (409 if stale); the paragraphs after it are renumbered and keep their ids.");
        group.MapPut("/paragraphs/{paragraphId:guid}", EditAsync).Validate<EditParagraphRequest>().AccessRule(PenHolder)
            .WithSummary("The pen holder rewords a paragraph (both languages as they are to stand, \"translation pending\", its part): a new version against the latest.");
        group.MapDelete("/paragraphs/{paragraphId:guid}", RemoveAsync).AccessRule(PenHolder)
            .WithSummary("The pen holder removes a paragraph (?basedOn=N, the latest version): a new version; 409 for the text's only paragraph.");
        group.MapPost("/paragraphs/{paragraphId:guid}/status", StatusAsync).Validate<ParagraphStatusRequest>().AccessRule(ChairOrPenHolder)
            .WithSummary("The chair or the pen holder sets a paragraph's status: Agreed; AgreedAdReferendum (party, confirmByUtc: a persistent job tells the secretariat if the date passes unconfirmed); Bracketed, whole or a span, with two or more options. 409 while options are open or a capital's confirmation is awaited.");
        group.MapPost("/paragraphs/{paragraphId:guid}/ad-referendum/confirm", ConfirmAsync)
            .AccessRule("the delegation of the state whose capital confirms, or the chair or the pen holder")
            .WithSummary("The capital confirmed a paragraph agreed ad referendum: it is agreed (409 if it awaits no confirmation).");
        group.MapPost("/paragraphs/{paragraphId:guid}/options/{optionId:guid}/choose", ChooseAsync).AccessRule(ChairOrPenHolder)
            .WithSummary("The chair or the pen holder chooses an option: a new version in its wording (a span's option in the bracket's language, the other then marked translation pending), the paragraph agreed.");
        group.MapPost("/paragraphs/{paragraphId:guid}/options/{optionId:guid}/support", SupportAsync).AccessRule(OwnState)
            .WithSummary("A delegation supports an option: its state joins the option's sponsors.");
        group.MapPut("/paragraphs/{paragraphId:guid}/reservations/{party}", ReserveAsync).Validate<ReservationRequest>().AccessRule(OwnState)
            .WithSummary("A delegation enters (or restates) its state's reservation on a paragraph, with an optional confidential note. Seen as positions are: the secretariat and the meeting's delegations, never an observer.");
        group.MapDelete("/paragraphs/{paragraphId:guid}/reservations/{party}", WithdrawAsync).AccessRule(OwnState)
            .WithSummary("A delegation withdraws its state's reservation on a paragraph.");
        group.MapGet("/chairmans-statement/draft", ChairmansDraftAsync).AccessRule("chair of the meeting or the secretariat (StatementChairHandler)")
            .WithSummary("When adoption failed: a chairman's statement pre-filled with the agreed paragraphs of the latest version, the others listed with why; edit it and issue it with POST .../chairmans-statement (fromVersion, paragraphs). 409 before adoption failed.");
        return app;
    }

    private static async Task<Created<VersionResponse>> InsertAsync(Guid id, InsertParagraphRequest request, ClaimsPrincipal user, InsertParagraphHandler handler,
        CancellationToken ct) => Created(id, await handler.HandleAsync(new InsertParagraph(id, request, user), ct));

    private static async Task<Created<VersionResponse>> EditAsync(Guid id, Guid paragraphId, EditParagraphRequest request, ClaimsPrincipal user,
        EditParagraphHandler handler, CancellationToken ct) => Created(id, await handler.HandleAsync(new EditParagraph(id, paragraphId, request, user), ct));

    private static async Task<Created<VersionResponse>> RemoveAsync(Guid id, Guid paragraphId, int? basedOn, ClaimsPrincipal user, RemoveParagraphHandler handler,
        CancellationToken ct) =>
        Created(id, await handler.HandleAsync(new RemoveParagraph(id, paragraphId, basedOn
            ?? throw new DomainException(DomainErrorKind.Invalid, "paragraph.based-on", "Name the version the removal is against: ?basedOn=N."), user), ct));

    private static async Task<Ok<ParagraphView>> StatusAsync(Guid id, Guid paragraphId, ParagraphStatusRequest request, ClaimsPrincipal user,
        SetParagraphStatusHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new SetParagraphStatus(id, paragraphId, request, user), ct));

    private static async Task<Ok<ParagraphView>> ConfirmAsync(Guid id, Guid paragraphId, ClaimsPrincipal user, ConfirmAdReferendumHandler handler,
        CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new ConfirmAdReferendum(id, paragraphId, user), ct));

    private static async Task<Created<VersionResponse>> ChooseAsync(Guid id, Guid paragraphId, Guid optionId, ClaimsPrincipal user, ChooseOptionHandler handler,
        CancellationToken ct) => Created(id, await handler.HandleAsync(new ChooseOption(id, paragraphId, optionId, user), ct));

    private static async Task<Ok<ParagraphView>> SupportAsync(Guid id, Guid paragraphId, Guid optionId, ClaimsPrincipal user, SupportOptionHandler handler,
        CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new SupportOption(id, paragraphId, optionId, user), ct));

    private static async Task<Ok<ParagraphView>> ReserveAsync(Guid id, Guid paragraphId, string party, ReservationRequest request,
        [AsParameters] Reserving reserving, CancellationToken ct) =>
        TypedResults.Ok(await reserving.Handler.HandleAsync(new ReserveParagraph(id, paragraphId, party, request, reserving.User), ct));

    private static async Task<Ok<ParagraphView>> WithdrawAsync(Guid id, Guid paragraphId, string party, ClaimsPrincipal user, ReserveParagraphHandler handler,
        CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new ReserveParagraph(id, paragraphId, party, null, user), ct));

    private static async Task<Ok<ChairmansDraftResponse>> ChairmansDraftAsync(Guid id, ClaimsPrincipal user, DraftChairmansStatementHandler handler,
        CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new DraftChairmansStatement(id, user), ct));

    private static Created<VersionResponse> Created(Guid id, VersionResponse version) => TypedResults.Created($"/api/statements/{id}/versions/{version.Number}", version);
}

/// <summary>Who enters a reservation, and what enters it (bound with [AsParameters]).</summary>
public sealed record Reserving(ClaimsPrincipal User, [FromServices] ReserveParagraphHandler Handler);
