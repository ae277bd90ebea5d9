using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Scheduling.Planning;

public sealed record AcceptedPlan(Guid PlanId, IReadOnlyList<Guid> MeetingIds);

public static class SummitPlanEndpoints
{
    public static IEndpointRouteBuilder MapSummitPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/summit-plans").WithTags("Summit planner");

        group.MapPost("/", async (SummitPlanRequest request, SummitPlanner planner, SchedulingDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var plan = await planner.PlanAsync(request, clock.GetUtcNow().UtcDateTime, ct);
                db.SummitPlans.Add(plan);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/summit-plans/{plan.Id}", plan);
            })
            .Validate<SummitPlanRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Lays out a summit week (officials, ministers, leaders, then C5+X) or says why it cannot; nothing is booked yet.");

        group.MapGet("/{id:guid}", async (Guid id, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.SummitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Summit plan", id)))
            .RequireAuthorization(Policies.Secretariat).WithSummary("A summit plan.");

        group.MapPut("/{id:guid}/meetings/{bodyId:guid}", async (Guid id, Guid bodyId, PlannedMoveRequest request, SchedulingDbContext db, SummitPlanner planner,
                CancellationToken ct) =>
            {
                var plan = await db.SummitPlans.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Summit plan", id);
                await planner.MoveAsync(plan, bodyId, request.Start!.Value.UtcDateTime, request.End!.Value.UtcDateTime, request.Venue?.Trim(), ct);
                db.Entry(plan).Property(p => p.Meetings).IsModified = true;
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(plan);
            })
            .Validate<PlannedMoveRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Moves one meeting of a plan (new times, venue): refused with the reason when it breaks the order (officials, ministers, leaders, then C5+X, each with its gap) or clashes with the calendar.");
        group.MapDelete("/{id:guid}/meetings/{bodyId:guid}", async (Guid id, Guid bodyId, SchedulingDbContext db, CancellationToken ct) =>
            {
                var plan = await db.SummitPlans.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Summit plan", id);
                plan.Replace(bodyId, null);
                db.Entry(plan).Property(p => p.Meetings).IsModified = true;
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(plan);
            })
            .RequireAuthorization(Policies.Secretariat).WithSummary("Drops one meeting from a plan before it is accepted.");

        group.MapPost("/{id:guid}/accept", AcceptAsync)
            .RequireAuthorization(Policies.Secretariat)
            .WithSummary("Books every meeting of the plan in one transaction, after checking the calendar again. A planned meeting whose host is not the state whose turn it is (`turnOf` on the plan) needs the answer in `turns` (`{bodyId, turn: Waived|Kept}`), else 409 `meeting.host-out-of-turn` with `turnOf` and `bodyId`, and nothing is booked.");
        return app;
    }

    private static async Task<Ok<AcceptedPlan>> AcceptAsync(Guid id, AcceptPlanRequest? request, ClaimsPrincipal user, AcceptSummitPlanHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new AcceptSummitPlan(id, request?.Turns ?? [], user), ct));
}

/// <summary>The secretariat accepts a summit week: every planned meeting is booked, all or none.</summary>
public sealed record AcceptSummitPlan(Guid PlanId, IReadOnlyList<PlannedTurn> Turns, ClaimsPrincipal User);

/// <summary>Checks the calendar again for every planned meeting, decides each host's turn, then books them all in one save (<see cref="MeetingBooking"/>).</summary>
public sealed class AcceptSummitPlanHandler(SchedulingDbContext db, MeetingBooking booking, TimeProvider clock)
    : BuildingBlocks.Handlers.IHandler<AcceptSummitPlan, AcceptedPlan>
{
    public async Task<AcceptedPlan> HandleAsync(AcceptSummitPlan request, CancellationToken ct)
    {
        var (id, turns, user) = (request.PlanId, request.Turns, request.User);
        if (turns.Any(t => t.BodyId is null || t.Turn is null || !Enum.IsDefined(t.Turn.Value)))
        {
            throw new DomainException(DomainErrorKind.Invalid, "plan.turn-answer",
                "Each answer names the planned meeting (bodyId) and what becomes of the turn (turn: Waived or Kept).");
        }

        var plan = await db.SummitPlans.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Summit plan", id);
        var now = clock.GetUtcNow().UtcDateTime;
        plan.MarkAccepted(now);
        var created = new List<(Meeting Meeting, Bodies.Body Body)>();
        foreach (var planned in plan.Meetings)
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == planned.BodyId, ct);
            var meeting = Meeting.Schedule(body, new MeetingPlan(planned.Title, planned.StartUtc, planned.EndUtc, plan.TimeZone, plan.HostParty, plan.City,
                planned.Venue, planned.Parties.Select(p => new Delegation(p, "", SummitPlanner.RankFor(Enum.Parse<Contracts.Layer>(planned.Layer)), [])), []),
                now, user.Actor());
            // The calendar may have changed since the plan was made: check again, and book all or nothing. The turn the
            // host passes over is decided before any chair is named (a waiver changes the chair of the bodies that follow
            // this one's rotation, booked in the same week).
            await booking.CheckAsync(meeting, body, turns.LastOrDefault(t => t.BodyId == planned.BodyId)?.Turn, overrideReason: null, now, user.Actor(), ct,
                plannedBodyId: planned.BodyId);
            created.Add((meeting, body));
        }

        foreach (var (meeting, body) in created)
        {
            await booking.BookAsync(meeting, body, now, ct);
        }

        await db.SaveChangesAsync(ct);
        return new AcceptedPlan(plan.Id, created.Select(c => c.Meeting.Id).ToList());
    }
}

/// <summary>What becomes of the turn of the state a planned meeting's host passes over (<see cref="HostAndTurn"/>).</summary>
public sealed record PlannedTurn(Guid? BodyId, TurnChoice? Turn);

/// <summary>Accepting a summit week: the answers to its turn questions, one per planned meeting hosted out of turn (none needed otherwise).</summary>
public sealed record AcceptPlanRequest(IReadOnlyList<PlannedTurn>? Turns);

/// <summary>New times (instants with an offset) and, optionally, another of the plan's venues for one planned meeting.</summary>
public sealed record PlannedMoveRequest(DateTimeOffset? Start, DateTimeOffset? End, string? Venue);

public sealed class PlannedMoveValidator : FluentValidation.AbstractValidator<PlannedMoveRequest>
{
    public PlannedMoveValidator()
    {
        RuleFor(r => r.Start).NotNull();
        RuleFor(r => r.End).NotNull().GreaterThan(r => r.Start).When(r => r.Start is not null, FluentValidation.ApplyConditionTo.CurrentValidator)
            .WithMessage("The end must be after the start.");
        RuleFor(r => r.Venue).MaximumLength(200);
    }
}
