using Ical.Net;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// A meeting as an iTIP (RFC 5546) message that mail programs put in the calendar: METHOD:REQUEST for an invitation and
/// every change (the feed's UID, so the same event is updated; SEQUENCE the meeting's version, which grows with every
/// change), METHOD:CANCEL once the meeting is cancelled.
/// </summary>
public static class MailInvitation
{
    /// <summary>The kinds of notice that carry the meeting's calendar entry.</summary>
    public static bool Carries(NotificationKind kind) =>
        kind is NotificationKind.Invited or NotificationKind.Rescheduled or NotificationKind.Moved or NotificationKind.Postponed or NotificationKind.Cancelled;

    public static MailAttachment For(Meeting meeting, string organizer, string attendee)
    {
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var method = cancelled ? "CANCEL" : "REQUEST";
        var calendar = new Calendar { ProductId = "-//SummitCoordination//Mail//EN", Method = method };
        var zone = meeting.TimeZone;
        var calendarEvent = new CalendarEvent
        {
            Uid = CalendarFeed.Uid(meeting.Id),
            Sequence = (int)Math.Min(meeting.Version, int.MaxValue),
            Summary = meeting.Title,
            Location = $"{meeting.Venue}, {meeting.City}",
            DtStart = new CalDateTime(Local(meeting.StartUtc, zone), zone),
            DtEnd = new CalDateTime(Local(meeting.EndUtc, zone), zone),
            DtStamp = new CalDateTime(meeting.Changes.Count > 0 ? meeting.Changes.Max(c => c.AtUtc) : meeting.CreatedUtc, "UTC"),
            Status = meeting.Status switch
            {
                MeetingStatus.Cancelled => EventStatus.Cancelled,
                MeetingStatus.Planned or MeetingStatus.Postponed => EventStatus.Tentative,
                _ => EventStatus.Confirmed,
            },
            Organizer = new Organizer($"mailto:{organizer}"),
        };
        calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee}")
        {
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = cancelled ? EventParticipationStatus.Declined : EventParticipationStatus.NeedsAction,
        });
        calendar.Events.Add(calendarEvent);
        calendar.AddTimeZone(zone);
        var text = new CalendarSerializer().SerializeToString(calendar)!;
        // Named by the meeting's day where it meets, so that a digest's entries are told apart (two were both "invite.ics").
        var name = $"{(cancelled ? "cancel" : "invite")}-{Local(meeting.StartUtc, zone):yyyy-MM-dd}.ics";
        return new MailAttachment(name, $"text/calendar; method={method}; charset=utf-8", text);
    }

    private static DateTime Local(DateTime utc, string timeZone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(timeZone)), DateTimeKind.Unspecified);
}
