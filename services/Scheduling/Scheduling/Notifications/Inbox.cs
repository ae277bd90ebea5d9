using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Notifications;

public static class Inbox
{
    /// <summary>The inbox addressed to no party: the secretariat's (decisions, broken silences, deadlines approaching).</summary>
    public const string Secretariat = "";

    public static void TellSecretariat(SchedulingDbContext db, Guid meetingId, string kind, string message, DateTime nowUtc) =>
        db.Notifications.Add(new Notification(Secretariat, meetingId, kind, message, nowUtc));

    /// <summary>Puts one message in the inbox of every party with a delegation at the meeting.</summary>
    public static void Tell(SchedulingDbContext db, Meeting meeting, string kind, string message, DateTime nowUtc)
    {
        foreach (var party in meeting.Delegations.Select(d => d.Party).Distinct())
        {
            db.Notifications.Add(new Notification(party, meeting.Id, kind, message, nowUtc));
        }
    }
}
