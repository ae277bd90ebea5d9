namespace SummitCoordination.Scheduling.Meetings;

/// <summary>
/// The schedule sequence, written once for scheduling a meeting, recording one held and accepting a summit week:
/// the start still ahead, the calendar checked (hard conflicts refuse, soft ones need a reason), what becomes of the
/// turn the host passes over decided; then the meeting added with <c>MeetingScheduled</c> (its chair and the states
/// deciding on its date) in the caller's unit of work, and its timers set once that unit commits.
/// </summary>
public sealed class MeetingBooking(SchedulingDbContext db, ConflictChecker checker, ChairResolver chairs, PartyStandings standings, MeetingDeadlines timers)
{
    /// <summary>
    /// Checks a meeting not yet booked and decides its host's turn; answers the soft conflicts overridden (warnings).
    /// A summit week checks every meeting before it books any (a waiver changes the chair of the meetings after it).
    /// </summary>
    public async Task<IReadOnlyList<Conflict>> CheckAsync(Meeting meeting, Body body, TurnChoice? turn, string? overrideReason, DateTime nowUtc,
        string actor, CancellationToken ct, Guid? plannedBodyId = null)
    {
        Meeting.RequireLive(meeting.StartUtc, nowUtc);
        var warnings = ConflictPolicy.Enforce(await checker.CheckAsync(CandidateMeeting.Of(meeting, body), ct), overrideReason);
        await HostAndTurn.DecideAsync(chairs, meeting, body, meeting.HostParty, meeting.LocalDate, turn, nowUtc, actor, ct, plannedBodyId: plannedBodyId);
        return warnings;
    }

    /// <summary>Adds the meeting and raises <c>MeetingScheduled</c>; its timers are set after the commit (a meeting recorded as held has none).</summary>
    public async Task BookAsync(Meeting meeting, Body body, DateTime nowUtc, CancellationToken ct, bool withTimers = true)
    {
        var chair = (await chairs.ChairOnAsync(body, meeting.LocalDate, ct)).Party;
        db.Meetings.Add(meeting);
        db.Raise(meeting.Scheduled(body, chair, await standings.DecidersAsync(body, meeting.LocalDate, ct)), nowUtc);
        if (withTimers)
        {
            // A crash between the commit and this is repaired at start (MeetingDeadlines.RestoreMissingAsync).
            db.AfterCommit(token => timers.PlanAsync(meeting, body, nowUtc, token));
        }
    }
}
