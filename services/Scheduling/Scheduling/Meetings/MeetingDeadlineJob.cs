namespace SummitCoordination.Scheduling.Meetings;

/// <summary>Fires one of a meeting's timers: calls the meeting, writes notifications, and the events go out through the outbox.</summary>
public sealed class MeetingDeadlineJob(SchedulingDbContext db, TimeProvider clock) : DeadlineJob<SchedulingDbContext>(db, clock)
{
    public const string Actor = Actors.System;

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("meetingId")!);
        var kind = Enum.Parse<MeetingDeadlineKind>(data("kind")!);
        var meeting = await Db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !meeting.HoldsItsSlot)
        {
            return;
        }

        var body = await Db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, ct);
        var now = Clock.GetUtcNow().UtcDateTime;
        switch (kind)
        {
            case MeetingDeadlineKind.Convene when meeting.Status is MeetingStatus.Planned or MeetingStatus.Announced:
                Db.Raise(meeting.Convene(now, Actor, TimeSpan.FromDays(1)), now); // the timer fires at the start
                break;
            case MeetingDeadlineKind.Conclude when meeting.Status == MeetingStatus.Convened:
                MeetingLifecycle.Conclude(Db, meeting, body, now, Actor);
                break;
            case MeetingDeadlineKind.Conclude when meeting.Status is MeetingStatus.Planned or MeetingStatus.Announced:
                // Both timers fell due together (the service was down or stalled through the whole meeting) and the closing
                // one ran first, or beside the convening one: the meeting was held, so it is convened and then closed. The
                // convening timer, running after, finds it closed; running beside, it loses on the version and reads that.
                Db.Raise(meeting.Convene(now, Actor, TimeSpan.FromDays(1)), now);
                MeetingLifecycle.Conclude(Db, meeting, body, now, Actor);
                break;
            case MeetingDeadlineKind.Reminder7 or MeetingDeadlineKind.Reminder1 when meeting.Status is MeetingStatus.Planned or MeetingStatus.Announced:
                var days = kind == MeetingDeadlineKind.Reminder7 ? 7 : 1;
                var parties = meeting.Delegations.Select(d => d.Party).ToList();
                Db.Raise(new MeetingReminderDue(meeting.Id, days, parties, meeting.StartUtc, now), now);
                Inbox.Tell(Db, meeting, NotificationKind.Reminder, $"'{meeting.Title}' starts in {days} day(s), at {meeting.StartUtc:u} ({meeting.City}).", now);
                Inbox.TellSecretariat(Db, meeting.Id, NotificationKind.Reminder, $"'{meeting.Title}' starts in {days} day(s), at {meeting.StartUtc:u} ({meeting.City}).", now);
                break;
            case MeetingDeadlineKind.AgendaDeadline when meeting.Status is MeetingStatus.Planned or MeetingStatus.Announced:
                Db.Raise(new AgendaSubmissionDeadlineReached(meeting.Id, meeting.BodyId, now), now);
                Inbox.Tell(Db, meeting, NotificationKind.AgendaDeadline, $"The agenda of '{meeting.Title}' is closed for new items.", now);
                Inbox.TellSecretariat(Db, meeting.Id, NotificationKind.AgendaDeadline, $"The agenda of '{meeting.Title}' is closed for new items.", now);
                break;
        }
    }
}
