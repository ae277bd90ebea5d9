namespace SummitCoordination.Scheduling.Meetings;

/// <summary>The secretariat schedules a meeting of a body (<c>POST /api/meetings</c>), or records one held outside the service (<c>POST /api/meetings/held</c>).</summary>
public sealed record ScheduleMeeting(CreateMeetingRequest Request, ClaimsPrincipal User);

/// <summary>
/// Schedules the meeting through <see cref="MeetingBooking"/> (conflicts and the reasons overriding soft ones, chair,
/// deciders, MeetingScheduled, timers): 409 on a hard conflict, the soft ones overridden returned as warnings.
/// </summary>
public sealed class ScheduleMeetingHandler(SchedulingDbContext db, MeetingBooking booking, TimeProvider clock) : IHandler<ScheduleMeeting, MeetingResponse>
{
    public async Task<MeetingResponse> HandleAsync(ScheduleMeeting schedule, CancellationToken cancellationToken)
    {
        var (request, user) = (schedule.Request, schedule.User);
        var body = await db.Bodies.SingleAsync(b => b.Id == request.BodyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = Meeting.Schedule(body, ScheduledMeetings.PlanOf(request, ScheduledMeetings.TitleOf(body, request)), now, user.Actor(),
            request.Override?.Reason, request.CoChair);
        var warnings = await booking.CheckAsync(meeting, body, request.Turn, request.Override?.Reason, now, user.Actor(), cancellationToken);
        await booking.BookAsync(meeting, body, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting, body, warnings);
    }
}

/// <summary>
/// Records a meeting held outside the service (DOMAIN.md, The past): concluded at once, no timers, its chair the body's
/// on its date, its term counted in the rotation; 409 if the body already has a meeting held at that time.
/// </summary>
public sealed class RecordHeldMeetingHandler(SchedulingDbContext db, MeetingBooking booking, TimeProvider clock) : IHandler<ScheduleMeeting, MeetingResponse>
{
    public async Task<MeetingResponse> HandleAsync(ScheduleMeeting record, CancellationToken cancellationToken)
    {
        var (request, user) = (record.Request, record.User);
        var body = await db.Bodies.SingleAsync(b => b.Id == request.BodyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = Meeting.RecordHeld(body, ScheduledMeetings.PlanOf(request, ScheduledMeetings.TitleOf(body, request)), now, user.Actor(),
            string.IsNullOrWhiteSpace(request.Source) ? null : request.Source.Trim());
        if (await db.Meetings.AnyAsync(m => m.BodyId == body.Id && m.StartUtc < meeting.EndUtc && m.EndUtc > meeting.StartUtc && m.Status == MeetingStatus.Concluded,
                cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.already-recorded", $"{body.Name} already has a meeting held at that time.");
        }

        // The chair of a held meeting is the body's chair on its date, from the turns recorded before it (so booked before its term is recorded).
        await booking.BookAsync(meeting, body, now, cancellationToken, withTimers: false);
        body.RecordTermHeld(meeting.LocalDate, meeting.HostParty, meeting.City);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting, body);
    }
}

internal static class ScheduledMeetings
{
    /// <summary>The title asked for, or "{body}, {city} {year}".</summary>
    public static string TitleOf(Body body, CreateMeetingRequest request) =>
        string.IsNullOrWhiteSpace(request.Title) ? Meeting.DefaultTitle(body.Name, request.City!.Trim(), request.Start!.Value.UtcDateTime.Year) : request.Title.Trim();

    /// <summary>The meeting a validated request asks for, under the given title.</summary>
    public static MeetingPlan PlanOf(CreateMeetingRequest request, string title) => new(title, request.Start!.Value.UtcDateTime,
        request.End!.Value.UtcDateTime, request.TimeZone!, request.HostParty!, request.City!.Trim(), request.Venue!.Trim(),
        request.Delegations!.Select(d => new Delegation(d.Party!, d.HeadName, d.HeadRank!.Trim(), d.Members ?? [])), request.Observers ?? []);
}
