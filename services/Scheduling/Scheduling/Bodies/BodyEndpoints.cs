using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Scheduling.Bodies;

public static class BodyEndpoints
{
    public static IEndpointRouteBuilder MapBodyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies").WithTags("Bodies");

        group.MapGet("/", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Bodies.AsNoTracking().ToListAsync(ct)).OrderBy(b => b.Format != "C5").ThenBy(b => b.Format).ThenBy(b => b.Layer).ThenBy(b => b.Name)))
            .RequireAuthorization(Policies.Participant)
            .WithSummary("The standing bodies: layer, track, format, parent, decision rule, rotation, gap, working hours.");
        group.MapGet("/{id:guid}", async (Guid id, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id)))
            .RequireAuthorization(Policies.Participant).WithSummary("One body.");
        group.MapPost("/", CreateAsync).Validate<BodyRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Creates a body; publishes BodyChanged.");
        group.MapPut("/{id:guid}", EditAsync).Validate<BodyRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Replaces a body's settings: every setting must be named (400 names the missing ones; PATCH edits a part). Rotation history and waivers stay. Publishes BodyChanged.");
        group.MapPatch("/{id:guid}", PatchAsync).RequireAuthorization(Policies.Secretariat).ProducesValidationProblem()
            .WithSummary("Edits the named settings of a body; every setting not named stays as it was (merge). Publishes BodyChanged.");
        group.MapPost("/{id:guid}/waivers", async (Guid id, WaiverRequest request, SchedulingDbContext db, CancellationToken ct) =>
            {
                var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
                body.Waive(request.Year!.Value, request.Party!);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(body);
            })
            .Validate<WaiverRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("A state waives its turn in a year; the turn passes to the next in order.");
        group.MapGet("/{id:guid}/chair", async (Guid id, DateOnly? on, ChairResolver chairs, TimeProvider clock, CancellationToken ct) =>
            {
                DomainException.RequireYear("on", on?.Year);
                return TypedResults.Ok(await chairs.ChairOnAsync(id, on ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct));
            })
            .RequireAuthorization(Policies.Participant)
            .WithSummary("Who chairs the body on a date (default today), and why.");
        return app;
    }

    private static async Task<Body?> ParentAsync(SchedulingDbContext db, Guid? id, CancellationToken ct) =>
        id is null ? null : await db.Bodies.SingleAsync(b => b.Id == id, ct);

    private static async Task<string?> PartnerAsync(SchedulingDbContext db, string format, CancellationToken ct) =>
        await db.Formats.Where(f => f.Code == format).Select(f => f.Partner).SingleAsync(ct);

    private static async Task<Created<Body>> CreateAsync(BodyRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var body = Body.Create(Guid.NewGuid(), request.ToSettings(await PartnerAsync(db, request.Format!, ct)), await ParentAsync(db, request.ParentBodyId, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Bodies.Add(body);
        db.Raise(body.ToEvent(now), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/bodies/{body.Id}", body);
    }

    private static async Task<Ok<Body>> EditAsync(Guid id, BodyRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
        if (BodyRequests.Missing(request) is { Count: > 0 } missing)
        {
            // A replacement that leaves a setting out would reset it to a default without anyone asking: refused.
            throw new DomainException(DomainErrorKind.Invalid, "body.incomplete-replacement",
                $"PUT replaces every setting; name {string.Join(", ", missing)}, or PATCH only what changes.",
                new Dictionary<string, object?> { ["errors"] = missing.ToDictionary(m => m, _ => new[] { "Required by PUT (PATCH leaves it as it is)." }) });
        }

        return await ApplyAsync(body, request, db, clock, ct);
    }

    private static async Task<Results<Ok<Body>, ValidationProblem>> PatchAsync(Guid id, BodyRequest? request, SchedulingDbContext db,
        IValidator<BodyRequest> validator, TimeProvider clock, CancellationToken ct)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
        var merged = (request ?? new BodyRequest(null, null, null, null, null, null, null, null, null, null, null)).MergedOnto(body);
        var result = await validator.ValidateAsync(merged, ct);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.ToDictionary(), title: "The request has invalid fields.");
        }

        return await ApplyAsync(body, merged, db, clock, ct);
    }

    private static async Task<Ok<Body>> ApplyAsync(Body body, BodyRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        body.Edit(request.ToSettings(await PartnerAsync(db, request.Format!, ct)), await ParentAsync(db, request.ParentBodyId, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Raise(body.ToEvent(now), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(body);
    }
}
