using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Scheduling.Meetings;

public static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        // Every reply that shows one meeting carries its version (and its body's) as an ETag; a GET answers 304 to a caller that holds it.
        var group = app.MapGroup("/api/meetings").WithTags("Meetings").WithEntityTag();

        group.MapPost("/", CreateAsync).Validate<CreateMeetingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Schedules a meeting (Planned). Hard conflicts: 409; soft ones need override.reason. Publishes MeetingScheduled. " +
                "Answers the meeting as GET shows it (plus the warnings overridden), with its ETag.");
        group.MapPost("/check", CheckAsync).Validate<CreateMeetingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Dry run of scheduling (nothing is saved): the conflicts the meeting would meet (hard ones refuse it, soft ones need override.reason), whether its start is past, the chair who would preside and the deciding set. For forms that check as they are filled.");
        group.MapPost("/held", RecordHeldAsync).Validate<CreateMeetingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Records a meeting that already took place (DOMAIN.md, The past): Concluded at once, public, no timers; its host's turn counts in the rotation. Publishes MeetingScheduled with held = true; outcomes and texts are then recorded in Consensus and Statements.");
        group.MapGet("/", QueryAsync).RequireAuthorization(Policies.Participant)
            .WithSummary("Meetings by date range, body, track, layer, party and status, paged. A delegation sees only meetings it sits in.");
        group.MapGet("/mine", MineAsync).RequireAuthorization(Policies.Delegation)
            .WithSummary("The calling delegation's upcoming meetings.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Participant).Produces(StatusCodes.Status304NotModified)
            .WithSummary("A meeting, with times in UTC and in the venue's time zone. Sends an ETag (the meeting's and its body's versions); " +
                "If-None-Match with it answers 304.");
        group.MapGet("/{id:guid}/chair", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, ChairResolver chairs, CancellationToken ct) =>
            {
                var meeting = await LoadVisibleAsync(db, id, user, ct);
                var chair = await chairs.ChairOnAsync(meeting.BodyId, meeting.LocalDate, ct);
                return TypedResults.Ok(new MeetingChairResponse(meeting.Id, chair.Party, chair.Reason, meeting.CoChair));
            })
            .RequireAuthorization(Policies.Participant)
            .WithSummary("Who chairs the meeting: the body's chair on its date (for C5+X, the C5 chair of the year), and any co-chair.");
        group.MapGet("/{id:guid}/history", HistoryAsync).RequireAuthorization(Policies.Participant)
            .WithSummary("Every change to the meeting: what, when, by whom, overrides with their reasons.");

        group.MapPost("/{id:guid}/reschedule", RescheduleAsync).Validate<RescheduleMeetingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("New times (and venue, or another host); timers move. A host who is not the state whose turn it is (for a body whose turn passes with each meeting held) needs `turn` (Waived or Kept), else 409 `meeting.host-out-of-turn` with `turnOf`. Publishes MeetingRescheduled.");
        group.MapPost("/{id:guid}/reschedule/check", CheckRescheduleAsync).Validate<RescheduleMeetingRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Dry run of a reschedule or move (nothing is saved): its conflicts, a past start, the chair, the deciding set, and `turnOf` when the new host would pass over the state whose turn it is.");
        group.MapPost("/{id:guid}/announce", (Guid id, ClaimsPrincipal user, ChangeMeetingHandler handler, CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, _, now, actor) => m.Announce(now, actor), NotificationKind.Invited), ct))
            .RequireAuthorization(Policies.Secretariat).WithSummary("Puts the meeting on the public calendar. Publishes MeetingAnnounced.");
        group.MapPost("/{id:guid}/postpone", (Guid id, ReasonRequest request, ClaimsPrincipal user, ChangeMeetingHandler handler, CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, _, now, actor) => m.Postpone(request.Reason!, now, actor), NotificationKind.Postponed,
                    StopsTimers: true), ct))
            .Validate<ReasonRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Postpones with a reason; timers stop. Publishes MeetingPostponed.");
        group.MapPost("/{id:guid}/cancel", (Guid id, ReasonRequest request, ClaimsPrincipal user, ChangeMeetingHandler handler, CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, _, now, actor) => m.Cancel(request.Reason!, now, actor), NotificationKind.Cancelled,
                    StopsTimers: true), ct))
            .Validate<ReasonRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Cancels with a reason; timers go. Publishes MeetingCancelled.");
        group.MapPost("/{id:guid}/convene", (Guid id, ReasonRequest? request, ClaimsPrincipal user, IConfiguration configuration, ChangeMeetingHandler handler,
                CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, _, now, actor) => m.Convene(now, actor, ConveneMargin(configuration), request?.Reason)), ct))
            .RequireAuthorization(Policies.Secretariat)
            .WithSummary("Opens the meeting now (otherwise it opens by itself at its start). More than `Meetings:ConveneMargin` (2 hours) before its start only with a reason (body `{\"reason\"}`, kept in the history; without one 409 `meeting.convene-before-start`). Publishes MeetingConvened.");
        group.MapPost("/{id:guid}/conclude", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, MeetingDeadlines timers, TimeProvider clock, CancellationToken ct) =>
            {
                var meeting = await LoadAsync(db, id, ct);
                var body = await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, ct);
                MeetingLifecycle.Conclude(db, meeting, body, clock.GetUtcNow().UtcDateTime, user.Actor());
                await db.SaveChangesAsync(ct);
                await timers.ClearAsync(id, ct);
                return TypedResults.Ok(MeetingResponse.From(meeting, body));
            })
            .RequireAuthorization(Policies.Secretariat).WithSummary("Closes the meeting now (otherwise it closes by itself at its end). Publishes MeetingConcluded.");

        group.MapPut("/{id:guid}/delegations/{party}", SetDelegationAsync).Validate<SetDelegationRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Sets a party's delegation (head with rank, members). Publishes MeetingDelegationsChanged.");
        group.MapDelete("/{id:guid}/delegations/{party}", (Guid id, string party, ClaimsPrincipal user, ChangeMeetingHandler handler, CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, body, now, actor) => m.RemoveDelegation(party, body.Partner, now, actor)), ct))
            .RequireAuthorization(Policies.Secretariat).WithSummary("Removes a party's delegation (never partner X from a C5+X meeting).");
        group.MapPut("/{id:guid}/observers", (Guid id, SetObserversRequest request, ClaimsPrincipal user, ChangeMeetingHandler handler, CancellationToken ct) =>
                ChangeAsync(handler, new ChangeMeeting(id, user, (m, _, now, actor) => m.SetObservers(request.Observers!, now, actor)), ct))
            .Validate<SetObserversRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Sets the observers invited to the meeting.");

        return app;
    }

    /// <summary>A meeting this caller may see (DOMAIN.md, Who sees what), read-only; 404 otherwise.</summary>
    public static async Task<Meeting> LoadVisibleAsync(SchedulingDbContext db, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return meeting is not null && user.MaySeeMeeting(meeting.Seats) ? meeting : throw DomainException.NotFound("Meeting", id);
    }

    private static async Task<Meeting> LoadAsync(SchedulingDbContext db, Guid id, CancellationToken ct) =>
        await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw DomainException.NotFound("Meeting", id);

    /// <summary>How long before its scheduled start a meeting may be convened without a reason.</summary>
    public static TimeSpan ConveneMargin(IConfiguration configuration) => configuration.GetValue("Meetings:ConveneMargin", TimeSpan.FromHours(2));

    private static async Task<Ok<MeetingResponse>> ChangeAsync(ChangeMeetingHandler handler, ChangeMeeting change, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(change, ct));

    private static async Task<Created<MeetingResponse>> CreateAsync(CreateMeetingRequest request, ClaimsPrincipal user, ScheduleMeetingHandler handler,
        CancellationToken ct)
    {
        var meeting = await handler.HandleAsync(new ScheduleMeeting(request, user), ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", meeting);
    }

    private static async Task<Ok<MeetingCheckResponse>> CheckAsync(CreateMeetingRequest request, ClaimsPrincipal user, CheckMeetingHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new CheckMeeting(request, user), ct));

    private static async Task<Created<MeetingResponse>> RecordHeldAsync(CreateMeetingRequest request, ClaimsPrincipal user, RecordHeldMeetingHandler handler,
        CancellationToken ct)
    {
        var meeting = await handler.HandleAsync(new ScheduleMeeting(request, user), ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", meeting);
    }

    private static async Task<Ok<MeetingCheckResponse>> CheckRescheduleAsync(Guid id, RescheduleMeetingRequest request, ClaimsPrincipal user,
        CheckRescheduleHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new RescheduleMeeting(id, request, user), ct));

    private static async Task<Ok<MeetingResponse>> RescheduleAsync(Guid id, RescheduleMeetingRequest request, ClaimsPrincipal user,
        RescheduleMeetingHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new RescheduleMeeting(id, request, user), ct));

    private static async Task<Ok<MeetingResponse>> SetDelegationAsync(Guid id, string party, SetDelegationRequest request, ClaimsPrincipal user,
        SetDelegationHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new SetDelegation(id, party, request, user), ct));

    private static async Task<Ok<MeetingResponse>> GetAsync(Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct)
    {
        var meeting = await LoadVisibleAsync(db, id, user, ct);

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        return TypedResults.Ok(MeetingResponse.From(meeting, body));
    }

    private static async Task<Ok<IReadOnlyList<MeetingChange>>> HistoryAsync(Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct)
    {
        var meeting = await LoadVisibleAsync(db, id, user, ct);

        return TypedResults.Ok<IReadOnlyList<MeetingChange>>(meeting.Changes.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).ToList());
    }

    private static async Task<Ok<Paged<MeetingResponse>>> QueryAsync([AsParameters] MeetingSearch search, ClaimsPrincipal user, SearchMeetingsHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new SearchMeetings(search, user), ct));

    private static async Task<Ok<Paged<MeetingResponse>>> MineAsync(ClaimsPrincipal user, SearchMeetingsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new SearchMeetings(new MeetingSearch { From = clock.GetUtcNow(), PageSize = SearchMeetingsHandler.MaxPageSize }, user), ct));
}

/// <summary>What scheduling the meeting would meet: conflicts (hard refuse; soft need a reason), a past start, who would chair, who decides.</summary>
public sealed record MeetingCheckResponse(IReadOnlyList<Conflicts.Conflict> Conflicts, bool Refused, bool NeedsOverrideReason, bool StartsInPast, string Chair,
    string ChairReason, IReadOnlyList<string> Deciders)
{
    /// <summary>Why that party chairs, as a code with arguments (<see cref="Chairs.ChairReasons"/>).</summary>
    public string? ChairReasonCode => Chairs.ChairReasons.Read(ChairReason).Code;

    /// <summary>The state whose turn it is, when the host chosen is another: scheduling then asks whether it waives its turn or keeps it.</summary>
    public string? TurnOf { get; init; }

    public IReadOnlyList<string> ChairReasonArgs => Chairs.ChairReasons.Read(ChairReason).Args;
}

public sealed record MeetingChairResponse(Guid MeetingId, string Chair, string Reason, string? CoChair)
{
    /// <summary>Why that party chairs, as a code with arguments (<see cref="Chairs.ChairReasons"/>).</summary>
    public string? ReasonCode => Chairs.ChairReasons.Read(Reason).Code;

    public IReadOnlyList<string> ReasonArgs => Chairs.ChairReasons.Read(Reason).Args;
}
