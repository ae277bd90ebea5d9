using Ical.Net;

namespace SummitCoordination.Scheduling.Calendars;

/// <summary>
/// Meetings as an iCalendar (RFC 5545) feed. Each event keeps the venue's time zone, a UID that never changes
/// and a SEQUENCE that grows with every change (the meeting's version), so that calendar clients update an event
/// rather than duplicate it; a cancelled meeting comes as STATUS:CANCELLED.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string MediaType = "text/calendar";

    public static string Uid(Guid meetingId) => $"{meetingId:D}@summit-coordination";

    public static string Write(string name, IEnumerable<Meeting> meetings, IReadOnlyDictionary<Guid, Body> bodies, bool publicView)
    {
        var calendar = new Calendar { ProductId = "-//SummitCoordination//Calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var meeting in meetings)
        {
            var body = bodies[meeting.BodyId];
            var start = Local(meeting.StartUtc, meeting.TimeZone);
            var end = Local(meeting.EndUtc, meeting.TimeZone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(meeting.Id),
                Sequence = (int)Math.Min(meeting.Version, int.MaxValue),
                Summary = meeting.Title,
                Location = $"{meeting.Venue}, {meeting.City}",
                Description = publicView
                    ? $"{body.Name} ({body.Format}). Host: {meeting.HostParty}."
                    : $"{body.Name} ({body.Format}). Host: {meeting.HostParty}. Delegations: {string.Join(", ", meeting.Delegations.Select(d => d.Party))}.",
                DtStart = new CalDateTime(start, meeting.TimeZone),
                DtEnd = new CalDateTime(end, meeting.TimeZone),
                DtStamp = new CalDateTime(meeting.Changes.Count > 0 ? meeting.Changes.Max(c => c.AtUtc) : meeting.CreatedUtc, "UTC"),
                Status = meeting.Status switch
                {
                    MeetingStatus.Cancelled => EventStatus.Cancelled,
                    MeetingStatus.Planned or MeetingStatus.Postponed => EventStatus.Tentative,
                    _ => EventStatus.Confirmed,
                },
            });
        }

        foreach (var zone in meetings.Select(m => m.TimeZone).Distinct())
        {
            calendar.AddTimeZone(zone);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static DateTime Local(DateTime utc, string timeZone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(timeZone)), DateTimeKind.Unspecified);
}
