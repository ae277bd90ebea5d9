namespace SummitCoordination.Scheduling.Notifications;

public static class Inbox
{
    /// <summary>The inbox addressed to no party: the secretariat's (decisions, broken silences, deadlines approaching).</summary>
    public const string Secretariat = "";

    public static void TellSecretariat(SchedulingDbContext db, Guid meetingId, NotificationKind kind, string message, DateTime nowUtc) =>
        db.Notifications.Add(new Notification(Secretariat, meetingId, kind, message, nowUtc));

    /// <summary>Puts a message in the inbox of each of <paramref name="parties"/> (<see cref="Secretariat"/> for the secretariat's), written for that party.</summary>
    public static Task TellEach(SchedulingDbContext db, IEnumerable<string> parties, Guid meetingId, NotificationKind kind, Func<string, string> message,
        DateTime nowUtc)
    {
        foreach (var party in parties)
        {
            db.Notifications.Add(new Notification(party, meetingId, kind, message(party), nowUtc));
        }

        return Task.CompletedTask;
    }

    /// <summary>Puts one message in the inbox of every party with a delegation at the meeting (but <paramref name="except"/>, whose act it tells).</summary>
    public static void Tell(SchedulingDbContext db, Meeting meeting, NotificationKind kind, string message, DateTime nowUtc, string? except = null)
    {
        foreach (var party in meeting.Delegations.Select(d => d.Party).Distinct().Where(p => p != except))
        {
            db.Notifications.Add(new Notification(party, meeting.Id, kind, message, nowUtc));
        }
    }

    /// <summary>The same for a meeting known by its id (none such, as for a meeting Scheduling does not hold: nobody is told).</summary>
    public static async Task TellAsync(SchedulingDbContext db, Guid meetingId, NotificationKind kind, Func<Meeting, string> message, DateTime nowUtc,
        CancellationToken ct, string? except = null)
    {
        if (await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is { } meeting)
        {
            Tell(db, meeting, kind, message(meeting), nowUtc, except);
        }
    }
}
