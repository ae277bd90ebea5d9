namespace SummitCoordination.Scheduling.Meetings;

/// <summary>The meeting the secretariat is filling in, to check before it is saved (<c>POST /api/meetings/check</c>).</summary>
public sealed record CheckMeeting(CreateMeetingRequest Request, ClaimsPrincipal User);

/// <summary>Scheduling's dry run: nothing is saved; the conflicts the meeting would meet, a past start, who would chair and decide, whose turn it passes over.</summary>
public sealed class CheckMeetingHandler(SchedulingDbContext db, ConflictChecker checker, ChairResolver chairs, PartyStandings standings, TimeProvider clock)
    : IHandler<CheckMeeting, MeetingCheckResponse>
{
    public async Task<MeetingCheckResponse> HandleAsync(CheckMeeting check, CancellationToken cancellationToken)
    {
        var request = check.Request;
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == request.BodyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = Meeting.Schedule(body, ScheduledMeetings.PlanOf(request, request.Title ?? body.Name), now, check.User.Actor(), coChair: request.CoChair);
        var conflicts = await checker.CheckAsync(CandidateMeeting.Of(meeting, body), cancellationToken);
        var (chair, turnOf) = await HostAndTurn.AskAsync(chairs, body, meeting.HostParty, meeting.LocalDate, cancellationToken);
        return new MeetingCheckResponse(conflicts, conflicts.Any(c => c.Hard), conflicts.Any(c => !c.Hard), meeting.StartUtc <= now,
            chair.Party, chair.Reason, await standings.DecidersAsync(body, meeting.LocalDate, cancellationToken))
        {
            TurnOf = turnOf,
        };
    }
}
