namespace SummitCoordination.Scheduling.Meetings;

public enum MeetingDeadlineKind
{
    AgendaDeadline,
    Reminder7,
    Reminder1,
    Convene,
    Conclude,
}

/// <summary>
/// The timers of one meeting, kept in the persistent Quartz store: the agenda-submission deadline, reminders
/// 7 and 1 days before, Convened at the start and Concluded at the end. They move with the meeting and go with it.
/// </summary>
public sealed class MeetingDeadlines([FromKeyedServices(SchedulingDbContext.Service)] IDeadlines deadlines)
{
    public static string Key(Guid meetingId, MeetingDeadlineKind kind) => $"meeting:{meetingId:N}:{kind}";

    public static DateTime When(Meeting meeting, Body body, MeetingDeadlineKind kind) => kind switch
    {
        MeetingDeadlineKind.AgendaDeadline => meeting.StartUtc.AddDays(-body.AgendaDeadlineDays),
        MeetingDeadlineKind.Reminder7 => meeting.StartUtc.AddDays(-7),
        MeetingDeadlineKind.Reminder1 => meeting.StartUtc.AddDays(-1),
        MeetingDeadlineKind.Convene => meeting.StartUtc,
        MeetingDeadlineKind.Conclude => meeting.EndUtc,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public async Task PlanAsync(Meeting meeting, Body body, DateTime nowUtc, CancellationToken ct)
    {
        var set = new List<Deadline>();
        foreach (var kind in Enum.GetValues<MeetingDeadlineKind>())
        {
            var at = When(meeting, body, kind);
            // A reminder or deadline already past when the meeting is set is not sent late; convening and closing are.
            if (at <= nowUtc && kind is MeetingDeadlineKind.AgendaDeadline or MeetingDeadlineKind.Reminder7 or MeetingDeadlineKind.Reminder1)
            {
                await deadlines.ClearAsync(Key(meeting.Id, kind), ct);
                continue;
            }

            set.Add(new Deadline(Key(meeting.Id, kind), at, new Dictionary<string, string> { ["meetingId"] = meeting.Id.ToString(), ["kind"] = kind.ToString() }));
        }

        // The meeting's timers in one transaction of the store, not one each.
        await deadlines.SetManyAsync<MeetingDeadlineJob>(set, ct);
    }

    /// <summary>
    /// Timers are set just after a meeting commits; a crash in between would leave a meeting without them. At start,
    /// every meeting still ahead gets its timers again if they are missing.
    /// </summary>
    public async Task<int> RestoreMissingAsync(SchedulingDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var restored = 0;
        var ahead = await db.Meetings.Where(m => m.EndUtc > nowUtc
                && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.Announced || m.Status == MeetingStatus.Convened))
            .ToListAsync(ct);
        foreach (var meeting in ahead)
        {
            if (await NextAsync(meeting.Id, MeetingDeadlineKind.Conclude, ct) is null)
            {
                var body = await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, ct);
                await PlanAsync(meeting, body, nowUtc, ct);
                restored++;
            }
        }

        return restored;
    }

    public async Task ClearAsync(Guid meetingId, CancellationToken ct)
    {
        foreach (var kind in Enum.GetValues<MeetingDeadlineKind>())
        {
            await deadlines.ClearAsync(Key(meetingId, kind), ct);
        }
    }

    public Task<DateTime?> NextAsync(Guid meetingId, MeetingDeadlineKind kind, CancellationToken ct) =>
        deadlines.NextFireAsync(Key(meetingId, kind), ct);
}
