using SummitCoordination.Scheduling.Bodies;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Meetings;

public static class MeetingLifecycle
{
    /// <summary>Closing a meeting also passes the chair for a body whose turn passes per meeting held.</summary>
    public static void Conclude(SchedulingDbContext db, Meeting meeting, Body body, DateTime nowUtc, string actor)
    {
        db.Raise(meeting.Conclude(nowUtc, actor), nowUtc);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone);
        body.RecordTermHeld(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(meeting.StartUtc, zone)), meeting.HostParty, meeting.City);
    }
}
