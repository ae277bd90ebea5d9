using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Notifications;

public static class Inbox
{
    /// <summary>Puts one message in the inbox of every party with a delegation at the meeting.</summary>
    public static void Tell(SchedulingDbContext db, Meeting meeting, string kind, string message, DateTime nowUtc)
    {
        foreach (var party in meeting.Delegations.Select(d => d.Party).Distinct())
        {
            db.Notifications.Add(new Notification(party, meeting.Id, kind, message, nowUtc));
        }
    }
}
