using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Consensus.Records;

/// <summary>The meeting record: the speakers' list, reservations, corrections and their answers, and the record as JSON and PDF.</summary>
public static class RecordEndpoints
{
    private const string OwnState = "own state: the party's own delegation (OwnStateHandler's rule)";

    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}/record").WithTags("Meeting record");
        group.MapGet("/", async (Guid id, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var (meeting, record) = await RecordAccess.LoadAsync(db, id, user, tracked: false, ct);
                return TypedResults.Ok(RecordResponse.From(record, meeting, user));
            })
            .RequireAuthorization(Policies.Participant)
            .WithSummary("The meeting's record as the caller may read it (participants of the meeting): kept while it sits, a Limited draft in its " +
                "correction window, then final. A delegation sees its own state's corrections only.");
        group.MapGet("/pdf", async (Guid id, string? lang, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var language = PdfLanguage.Parse(lang);
                var (meeting, record) = await RecordAccess.LoadAsync(db, id, user, tracked: false, ct);
                return Pdf(RecordResponse.From(record, meeting, user), language);
            })
            .RequireAuthorization(Policies.Participant).Produces<Stream>(StatusCodes.Status200OK, RecordPdf.MediaType)
            .WithSummary("The record as a PDF, English and Russian (participants of the meeting); ?lang=kk (ky, tg, tk, uz): that language's column " +
                "in the English one's place; 400 for a language the site does not have.");
        group.MapPost("/speakers", async (Guid id, SpeakerRequest request, ClaimsPrincipal user, AddSpeakerHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AddSpeaker(id, request, user), ct)))
            .Validate<SpeakerRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Puts a speaker on the list while the meeting sits (the secretariat): the party, the item, optionally the speaker, a summary " +
                "(English, Russian) and the symbol of a written statement. 409 record.not-sitting before or after the meeting.");
        group.MapPost("/reservations", async (Guid id, ReservationRequest request, ClaimsPrincipal user, EnterReservationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new EnterReservation(id, request, user), ct)))
            .Validate<ReservationRequest>().RequireAuthorization(Policies.Delegation).AccessRule(OwnState)
            .WithSummary("A delegation enters a reservation or interpretative statement for its own state, in its own words (English and/or Russian), " +
                "while the meeting sits or within the correction window.");
        group.MapPost("/corrections", async (Guid id, CorrectionRequest request, ClaimsPrincipal user, SubmitCorrectionHandler handler, CancellationToken ct) =>
            {
                var correction = await handler.HandleAsync(new SubmitCorrection(id, request, user), ct);
                return TypedResults.Created($"/api/meetings/{id}/record/corrections/{correction.Id}", correction);
            })
            .Validate<CorrectionRequest>().RequireAuthorization(Policies.Delegation).AccessRule(OwnState + "; and the part corrected is its state's")
            .WithSummary("A delegation submits a correction of its own state's part of the draft record (attendance line, a statement, a reservation). " +
                "403 record.other-party for another state's part; 409 record.window-closed outside the window; nothing changes until accepted.");
        group.MapPost("/corrections/{correctionId:guid}/accept", async (Guid id, Guid correctionId, CorrectionAnswerRequest? request, ClaimsPrincipal user,
                AnswerCorrectionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AnswerCorrection(id, correctionId, Accept: true, request?.Reason, user), ct)))
            .RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat accepts a pending correction within the window: the record reads as corrected.");
        group.MapPost("/corrections/{correctionId:guid}/reject", async (Guid id, Guid correctionId, CorrectionAnswerRequest request, ClaimsPrincipal user,
                AnswerCorrectionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new AnswerCorrection(id, correctionId, Accept: false, request.Reason, user), ct)))
            .Validate<CorrectionAnswerRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat rejects a pending correction with a reason (required) within the window; the record does not change.");

        app.MapPut("/api/bodies/{id:guid}/record-settings", async (Guid id, RecordSettingsRequest request, SetRecordSettingsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new SetRecordSettings(id, request.CorrectionWindowDays!.Value), ct)))
            .Validate<RecordSettingsRequest>().RequireAuthorization(Policies.Secretariat).WithTags("Meeting record")
            .WithSummary("Sets a body's correction window for its meetings' records (days, 1 to 90; default 7), for the drafts made from now on.");

        var open = app.MapGroup("/public/records").WithTags("Public").AllowAnonymous();
        open.MapGet("/{id:guid}", async (Guid id, ConsensusDbContext db, CancellationToken ct) =>
            {
                var (meeting, record) = await RecordAccess.PublicAsync(db, id, ct);
                return TypedResults.Ok(RecordResponse.From(record, meeting, user: null));
            })
            .WithSummary("The final record of a public meeting (by the meeting's id), for anyone; a draft, or the record of a meeting that was not public, is 404.");
        open.MapGet("/{id:guid}/pdf", async (Guid id, string? lang, ConsensusDbContext db, CancellationToken ct) =>
            {
                var language = PdfLanguage.Parse(lang);
                var (meeting, record) = await RecordAccess.PublicAsync(db, id, ct);
                return Pdf(RecordResponse.From(record, meeting, user: null), language);
            })
            .Produces<Stream>(StatusCodes.Status200OK, RecordPdf.MediaType)
            .WithSummary("The final record of a public meeting as a PDF (?lang= as for a participant's).");
        return app;
    }

    private static FileContentHttpResult Pdf(RecordResponse record, string language) =>
        TypedResults.File(RecordPdf.Render(record, language), RecordPdf.MediaType,
            $"record-{record.MeetingId:N}{(record.Status == RecordStatus.Final ? "" : "-draft")}{(language is "en" or "ru" ? "" : $"-{language}")}.pdf");
}
