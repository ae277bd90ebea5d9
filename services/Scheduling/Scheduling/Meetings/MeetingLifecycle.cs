namespace SummitCoordination.Scheduling.Meetings;

public static class MeetingLifecycle
{
    /// <summary>Closing a meeting also passes the chair for a body whose turn passes per meeting held (unless it was hosted out of turn with the turn kept).</summary>
    public static void Conclude(SchedulingDbContext db, Meeting meeting, Body body, DateTime nowUtc, string actor)
    {
        db.Raise(meeting.Conclude(nowUtc, actor), nowUtc);
        if (meeting.TurnKept)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone);
        body.RecordTermHeld(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(meeting.StartUtc, zone)), meeting.HostParty, meeting.City);
    }
}
