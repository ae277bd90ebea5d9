using MassTransit;

namespace SummitCoordination.Scheduling.Parties;

/// <summary>A standing recorded by the secretariat on a reference (a decision taken outside the service, a founding act).</summary>
/// <summary>
/// A standing the secretariat records; <c>Layer</c> limits it to that layer's bodies of the format, <c>BodyId</c> to one
/// body (neither: the whole format).
/// </summary>
public sealed record StandingRequest(string? Format, StandingKind? Standing, DateOnly? From, string? Reference, Layer? Layer = null, Guid? BodyId = null);

public sealed record StandingResponse(string Party, string Format, StandingKind Standing, DateOnly From, string Basis, Guid? DecisionItemId,
    Guid? DecisionMeetingId, DateTime RecordedUtc, Layer? Layer, Guid? BodyId)
{
    public static StandingResponse Of(Standing s) =>
        new(s.Party, s.Format, s.Kind, s.From, s.Basis, s.DecisionItemId, s.DecisionMeetingId, s.RecordedUtc, s.Layer, s.BodyId);
}

public sealed class StandingValidator : AbstractValidator<StandingRequest>
{
    public StandingValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.Format).NotEmpty()
            .MustAsync(async (code, ct) => await db.Formats.AnyAsync(f => f.Code == code, ct)).When(r => !string.IsNullOrEmpty(r.Format), ApplyConditionTo.CurrentValidator)
            .WithMessage("Not a known format (C5 or C5+X).");
        RuleFor(r => r.Standing).NotNull().IsInEnum();
        RuleFor(r => r.Layer).IsInEnum();
        RuleFor(r => r.BodyId)
            .MustAsync(async (request, id, ct) => await db.Bodies.AnyAsync(b => b.Id == id && (b.Format == request.Format || request.Format == "C5"), ct))
            .When(r => r.BodyId is not null).WithMessage("No body of this format has this id.");
        RuleFor(r => r.From).NotNull().Must(d => d!.Value.Year is >= 1991 and <= 2100).When(r => r.From is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("A date from 1991 to 2100.");
        RuleFor(r => r.Reference).NotEmpty().MaximumLength(1000).WithMessage("Name the decision or act the standing rests on.");
    }
}

public static class StandingEndpoints
{
    public static IEndpointRouteBuilder MapStandingEndpoints(this IEndpointRouteBuilder app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Reference data");
        app.MapGet("/api/standings", async (string? format, SchedulingDbContext db, CancellationToken ct) =>
            {
                var all = await db.Standings.AsNoTracking().Where(s => format == null || s.Format == format).ToListAsync(ct);
                return TypedResults.Ok(all.OrderBy(s => s.Party).ThenBy(s => s.Format).ThenBy(s => s.From).ThenBy(s => s.Id).Select(StandingResponse.Of).ToList());
            })
            .RequireAuthorization(Policies.Participant).WithTags("Reference data")
            .WithSummary("Every party's participation history in one list (optionally one format's), for a page that shows them all.");
        parties.MapGet("/{code}/standings", async (string code, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HistoryAsync(db, code, ct)))
            .RequireAuthorization(Policies.Participant)
            .WithSummary("A party's participation history: its standing in each format (guest, observer, member, partner), from when, on what basis.");
        parties.MapPost("/{code}/standings", async (string code, StandingRequest request, ClaimsPrincipal user, RecordStandingHandler handler, CancellationToken ct) =>
                TypedResults.Created($"/api/parties/{code}/standings", await handler.HandleAsync(new RecordStanding(code, request, user), ct)))
            .Validate<StandingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Records a standing on a reference the secretariat gives; meetings from its date on get their new deciding set. An admission decided at a meeting is recorded by itself when its item is adopted.");
        app.MapGet("/public/parties/{code}/standings", async (string code, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HistoryAsync(db, code, ct)))
            .AllowAnonymous().WithTags("Public")
            .WithSummary("A party's participation history, public: membership is no secret.");
        app.MapGet("/api/meetings/{id:guid}/deciders", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, PartyStandings standings, CancellationToken ct) =>
            {
                var meeting = await MeetingEndpoints.LoadVisibleAsync(db, id, user, ct);
                var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
                var deciders = await standings.DecidersAsync(body, meeting.LocalDate, ct);
                return TypedResults.Ok(new DecidersResponse(meeting.Id, meeting.LocalDate, deciders, deciders.Where(d => meeting.Delegations.Any(x => x.Party == d)).ToList()));
            })
            .RequireAuthorization(Policies.Participant).WithTags("Meetings")
            .WithSummary("The meeting's deciding set, computed from the standings that hold on its date, and which of them have a delegation there.");
        return app;
    }

    private static async Task<IReadOnlyList<StandingResponse>> HistoryAsync(SchedulingDbContext db, string code, CancellationToken ct)
    {
        if (!await db.Parties.AnyAsync(p => p.Code == code, ct))
        {
            throw DomainException.NotFound("Party", code);
        }

        var history = await db.Standings.AsNoTracking().Where(s => s.Party == code).ToListAsync(ct);
        return history.OrderBy(s => s.Format).ThenBy(s => s.From).ThenBy(s => s.Id).Select(StandingResponse.Of).ToList();
    }
}

public sealed record DecidersResponse(Guid MeetingId, DateOnly On, IReadOnlyList<string> Deciders, IReadOnlyList<string> Present);

/// <summary>An adopted Decision that admits a party takes effect on its date: its standing is recorded, resting on the item.</summary>
public sealed class AdmissionAdoptedConsumer(SchedulingDbContext db, TimeProvider clock, PartyStandings standings)
    : IdempotentConsumer<AgendaItemAdopted, SchedulingDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemAdopted message, CancellationToken ct)
    {
        if (message.Admission is not { } admission || await Db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == message.MeetingId, ct) is not { } meeting)
        {
            return;
        }

        var body = await Db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var from = EffectiveFrom(admission, meeting, message.AtUtc);
        await standings.RecordAsync(new Standing(admission.Party, body.Format, admission.Standing, from,
            $"Decision '{message.Title}' adopted at {meeting.Title} ({meeting.LocalDate:yyyy-MM-dd})", message.ItemId, meeting.Id, Clock.GetUtcNow().UtcDateTime, Actors.System,
            admission.Layer, admission.BodyId), Clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>
    /// An admission takes effect from the next meeting of what it covers, never mid-meeting: the day after the admitting
    /// meeting ends (local date), or the later date the decision names.
    /// </summary>
    public static DateOnly EffectiveFrom(Admission admission, Meeting meeting, DateTime adoptedUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone);
        var ends = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(meeting.EndUtc > adoptedUtc ? meeting.EndUtc : adoptedUtc, zone));
        var earliest = ends.AddDays(1);
        return admission.From is { } named && named > earliest ? named : earliest;
    }
}

public sealed class AdmissionAdoptedConsumerDefinition() : ServiceConsumerDefinition<AdmissionAdoptedConsumer>(SchedulingDbContext.Service);
