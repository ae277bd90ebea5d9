namespace SummitCoordination.Scheduling.Meetings;

/// <summary>New times for a meeting, and perhaps a new host, city or venue (<c>POST /api/meetings/{id}/reschedule</c>, and its dry run).</summary>
public sealed record RescheduleMeeting(Guid MeetingId, RescheduleMeetingRequest Request, ClaimsPrincipal User);

/// <summary>What a reschedule or move asks, read once for the act and for its dry run.</summary>
internal static class MeetingMove
{
    /// <summary>The meeting as it would be (times, host, zone, city, venue) and its date at the venue.</summary>
    public static async Task<(CandidateMeeting Candidate, DateOnly Date)> CandidateAsync(Meeting meeting, Body body, RescheduleMeetingRequest request,
        SchedulingDbContext db, CancellationToken ct)
    {
        var host = request.HostParty ?? meeting.HostParty;
        var zone = request.TimeZone
            ?? (host != meeting.HostParty ? await db.Parties.Where(p => p.Code == host).Select(p => p.TimeZone).SingleAsync(ct) : meeting.TimeZone);
        var candidate = CandidateMeeting.Of(meeting, body) with
        {
            StartUtc = request.Start!.Value.UtcDateTime,
            EndUtc = request.End!.Value.UtcDateTime,
            HostParty = host,
            TimeZone = zone,
            City = request.City?.Trim() ?? meeting.City,
            Venue = request.Venue?.Trim() ?? meeting.Venue,
        };
        return (candidate, Meeting.LocalDateOf(candidate.StartUtc, zone));
    }

    /// <summary>A meeting hosted out of turn with the turn kept keeps that answer while its host stays; a new host is asked again.</summary>
    public static bool KeptForHost(Meeting meeting, string host) => meeting.TurnKept && host == meeting.HostParty;
}

/// <summary>
/// Moves the meeting: its conflicts at the new times (hard refuse, soft need a reason), the host's turn, the deciding
/// set and chair on the new date; tells the delegations; its timers move once the change is committed.
/// </summary>
public sealed class RescheduleMeetingHandler(SchedulingDbContext db, ConflictChecker checker, ChairResolver chairs, PartyStandings standings,
    MeetingDeadlines timers, TimeProvider clock) : IHandler<RescheduleMeeting, MeetingResponse>
{
    public async Task<MeetingResponse> HandleAsync(RescheduleMeeting request, CancellationToken cancellationToken)
    {
        var (ask, user) = (request.Request, request.User);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw DomainException.NotFound("Meeting", request.MeetingId);
        var body = await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (candidate, newDate) = await MeetingMove.CandidateAsync(meeting, body, ask, db, cancellationToken);
        var host = candidate.HostParty;
        Meeting.RequireLive(candidate.StartUtc, now);
        var warnings = ConflictPolicy.Enforce(await checker.CheckAsync(candidate, cancellationToken), ask.Override?.Reason);
        var deciders = await standings.DecidersAsync(body, newDate, cancellationToken);
        // A new host, or a date where another state's turn falls, is asked what becomes of that turn, as scheduling is.
        var chair = await HostAndTurn.DecideAsync(chairs, meeting, body, host, newDate, ask.Turn, now, user.Actor(), cancellationToken,
            MeetingMove.KeptForHost(meeting, host));

        var moved = host != meeting.HostParty;
        db.Raise(meeting.Reschedule(candidate, deciders, chair, now, user.Actor(), ask.Override?.Reason), now);
        Inbox.Tell(db, meeting, moved ? NotificationKind.Moved : NotificationKind.Rescheduled,
            $"'{meeting.Title}' now runs {meeting.StartUtc:u} to {meeting.EndUtc:u} at {meeting.Venue}, {meeting.City}{(moved ? $", hosted by {host}" : "")}.", now);
        db.AfterCommit(token => timers.PlanAsync(meeting, body, now, token));
        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting, body, warnings);
    }
}

/// <summary>The reschedule's dry run: nothing is saved; what the move would meet, who would chair and decide, whose turn it passes over.</summary>
public sealed class CheckRescheduleHandler(SchedulingDbContext db, ConflictChecker checker, ChairResolver chairs, PartyStandings standings,
    TimeProvider clock) : IHandler<RescheduleMeeting, MeetingCheckResponse>
{
    public async Task<MeetingCheckResponse> HandleAsync(RescheduleMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw DomainException.NotFound("Meeting", request.MeetingId);
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var (candidate, date) = await MeetingMove.CandidateAsync(meeting, body, request.Request, db, cancellationToken);
        var conflicts = await checker.CheckAsync(candidate, cancellationToken);
        var (chair, turnOf) = await HostAndTurn.AskAsync(chairs, body, candidate.HostParty, date, cancellationToken,
            MeetingMove.KeptForHost(meeting, candidate.HostParty));
        return new MeetingCheckResponse(conflicts, conflicts.Any(c => c.Hard), conflicts.Any(c => !c.Hard),
            candidate.StartUtc <= clock.GetUtcNow().UtcDateTime, chair.Party, chair.Reason, await standings.DecidersAsync(body, date, cancellationToken))
        {
            TurnOf = turnOf,
        };
    }
}
