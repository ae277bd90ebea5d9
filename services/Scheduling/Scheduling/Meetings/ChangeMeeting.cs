namespace SummitCoordination.Scheduling.Meetings;

/// <summary>
/// One of the simple changes to a meeting (announce, postpone, cancel, convene, remove a delegation, set observers):
/// what the meeting does (it returns the event it raises), whom the delegations' inboxes tell, and whether its timers stop.
/// </summary>
public sealed record ChangeMeeting(Guid MeetingId, ClaimsPrincipal User, Func<Meeting, Body, DateTime, string, object> Change,
    NotificationKind? Notify = null, bool StopsTimers = false);

/// <summary>Load, call the domain, raise its event, tell the delegations, save; the timers go once that is committed.</summary>
public sealed class ChangeMeetingHandler(SchedulingDbContext db, TimeProvider clock, MeetingDeadlines timers) : IHandler<ChangeMeeting, MeetingResponse>
{
    public async Task<MeetingResponse> HandleAsync(ChangeMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw DomainException.NotFound("Meeting", request.MeetingId);
        var body = await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Raise(request.Change(meeting, body, now, request.User.Actor()), now);
        if (request.Notify is { } kind)
        {
            Inbox.Tell(db, meeting, kind, kind == NotificationKind.Invited
                ? NotificationTexts.Write("Invited", meeting.Title, meeting.StartUtc, meeting.EndUtc, meeting.Venue, meeting.City)
                : $"'{meeting.Title}' was {kind.ToString().ToLowerInvariant()}: {meeting.StatusReason}", now);
        }

        if (request.StopsTimers)
        {
            db.AfterCommit(token => timers.ClearAsync(meeting.Id, token));
        }

        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting, body);
    }
}
