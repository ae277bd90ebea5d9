using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Statements.Instruments;

public sealed record EntryIntoForceRequest(EntryIntoForceRule? Rule, int? Ratifications, int? DaysAfter);

/// <summary>Opens an instrument adopted at a meeting for signature: by default by the parties with a delegation there, today.</summary>
public sealed record OpenInstrumentRequest(Guid? MeetingId, InstrumentKind? Kind, string? Title, EntryIntoForceRequest? EntryIntoForce, Guid? StatementId = null,
    string? TitleRu = null, IReadOnlyList<string>? Parties = null, DateOnly? OpenedOn = null);

/// <summary>A signature, or a ratification deposited, by a party on a date.</summary>
public sealed record InstrumentActRequest(string? Party, DateOnly? On);

public sealed record InstrumentPartyResponse(string Party, DateOnly? SignedOn, DateOnly? RatifiedOn, DateOnly? InForceOn, bool InForce);

public sealed record InstrumentResponse(Guid Id, Guid MeetingId, Guid? StatementId, InstrumentKind Kind, string Title, string? TitleRu, DateOnly OpenedOn,
    EntryIntoForceRule Rule, int Needed, int DaysAfter, InstrumentStatus Status, DateOnly? InForceOn, int Signatures, int Ratifications,
    IReadOnlyList<InstrumentPartyResponse> Parties)
{
    public static InstrumentResponse From(Instrument i) => new(i.Id, i.MeetingId, i.StatementId, i.Kind, i.Title, i.TitleRu, i.OpenedOn, i.Rule, i.Needed,
        i.DaysAfter, i.Status, i.InForceOn, i.Parties.Count(p => p.SignedOn is not null), i.Parties.Count(p => p.RatifiedOn is not null),
        i.Parties.Select(p => new InstrumentPartyResponse(p.Party, p.SignedOn, p.RatifiedOn, p.InForceOn, p.InForce)).ToList());
}

public sealed class OpenInstrumentValidator : AbstractValidator<OpenInstrumentRequest>
{
    public OpenInstrumentValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.TitleRu).MaximumLength(300);
        RuleFor(r => r.EntryIntoForce).NotNull().WithMessage("Say when it enters into force: rule AllParties, or Ratifications with the number needed.");
        RuleFor(r => r.EntryIntoForce!.Rule).NotNull().IsInEnum().When(r => r.EntryIntoForce is not null);
        RuleFor(r => r.EntryIntoForce!.Ratifications).NotNull().GreaterThan(0)
            .When(r => r.EntryIntoForce?.Rule == EntryIntoForceRule.Ratifications).WithMessage("How many ratifications bring it into force.");
        RuleFor(r => r.EntryIntoForce!.DaysAfter).InclusiveBetween(0, 3650).When(r => r.EntryIntoForce?.DaysAfter is not null);
        RuleForEach(r => r.Parties).NotEmpty().Matches(PartyCodes.Pattern);
        RuleFor(r => r.OpenedOn).Must(d => d!.Value.Year is >= 1991 and <= 2100).When(r => r.OpenedOn is not null).WithMessage("A date from 1991 to 2100.");
    }
}

public sealed class InstrumentActValidator : AbstractValidator<InstrumentActRequest>
{
    public InstrumentActValidator()
    {
        RuleFor(r => r.Party).NotEmpty().Matches(PartyCodes.Pattern);
        RuleFor(r => r.On).NotNull().Must(d => d!.Value.Year is >= 1991 and <= 2100).When(r => r.On is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("A date from 1991 to 2100.");
    }
}

public static class InstrumentEndpoints
{
    public static IEndpointRouteBuilder MapInstrumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instruments").WithTags("Instruments");
        group.MapPost("/", OpenAsync).Validate<OpenInstrumentRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Opens a treaty, agreement or charter adopted at a meeting for signature, with its entry-into-force rule; publishes InstrumentOpenedForSignature.");
        group.MapGet("/", async (Guid? meetingId, StatementsDbContext db, CancellationToken ct) =>
            {
                var query = db.Instruments.AsNoTracking();
                if (meetingId is not null)
                {
                    query = query.Where(i => i.MeetingId == meetingId);
                }

                return TypedResults.Ok((await query.OrderBy(i => i.OpenedOn).ToListAsync(ct)).Select(InstrumentResponse.From).ToList());
            })
            .RequireAuthorization(Policies.Participant).WithSummary("Instruments open for signature or in force, by meeting.");
        group.MapGet("/{id:guid}", async (Guid id, StatementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(InstrumentResponse.From(await LoadAsync(db, id, tracked: false, ct))))
            .RequireAuthorization(Policies.Participant).WithSummary("An instrument and its status table.");
        group.MapPost("/{id:guid}/signatures", async (Guid id, InstrumentActRequest request, ClaimsPrincipal user, RecordInstrumentActHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new RecordInstrumentAct(id, request, Ratification: false, user), ct)))
            .Validate<InstrumentActRequest>().RequireAuthorization(Policies.Participant)
            .AccessRule("own state: the party's own delegation, or the secretariat as depositary (OwnStateHandler)")
            .WithSummary("Records a party's signature on a date (the secretariat as depositary, or the party's own delegation); publishes InstrumentSigned.");
        group.MapPost("/{id:guid}/ratifications", async (Guid id, InstrumentActRequest request, ClaimsPrincipal user, RecordInstrumentActHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new RecordInstrumentAct(id, request, Ratification: true, user), ct)))
            .Validate<InstrumentActRequest>().RequireAuthorization(Policies.Participant)
            .AccessRule("own state: the party's own delegation, or the secretariat as depositary (OwnStateHandler)")
            .WithSummary("Records the deposit of a party's ratification on a date; when the rule is met the instrument enters into force by itself (a persistent job for a date ahead). Publishes InstrumentRatified, then InstrumentEnteredIntoForce.");

        var open = app.MapGroup("/public/instruments").WithTags("Public").AllowAnonymous();
        open.MapGet("/", async (StatementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Instruments.AsNoTracking().OrderByDescending(i => i.OpenedOn).ToListAsync(ct)).Select(InstrumentResponse.From).ToList()))
            .WithSummary("Every instrument opened for signature, with its status.");
        open.MapGet("/{id:guid}", async (Guid id, StatementsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(InstrumentResponse.From(await LoadAsync(db, id, tracked: false, ct))))
            .WithSummary("An instrument's status table, like the UN Treaty Collection's: party, signature, ratification, in force for it.");
        return app;
    }

    internal static async Task<Instrument> LoadAsync(StatementsDbContext db, Guid id, bool tracked, CancellationToken ct) =>
        await (tracked ? db.Instruments : db.Instruments.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id, ct)
        ?? throw DomainException.NotFound("Instrument", id);

    private static async Task<Created<InstrumentResponse>> OpenAsync(OpenInstrumentRequest request, OpenInstrumentHandler handler, CancellationToken ct)
    {
        var instrument = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/instruments/{instrument.Id}", instrument);
    }
}
