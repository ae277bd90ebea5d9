using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Calendars;

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/calendar.ics", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
            {
                var meeting = await MeetingEndpoints.LoadVisibleAsync(db, id, user, ct);

                return await FeedAsync(db, meeting.Title, [meeting], publicView: false, ct);
            })
            .RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("One meeting as iCalendar.");

        app.MapGet("/api/parties/{code}/calendar.ics", async (string code, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
            {
                if (!user.IsSecretariat() && !user.IsDelegationOf(code))
                {
                    throw new DomainException(DomainErrorKind.Forbidden, "calendar.other-party", "A delegation reads its own state's calendar only.");
                }

                var meetings = await db.Meetings.AsNoTracking()
                    .Where(m => m.Delegations.Any(d => d.Party == code) || m.Observers.Contains(code)).OrderBy(m => m.StartUtc).ToListAsync(ct);
                return await FeedAsync(db, $"Meetings of {code}", meetings, publicView: false, ct);
            })
            .RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("Every meeting a party sits in, as iCalendar.");

        app.MapGet("/api/bodies/{id:guid}/calendar.ics", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
            {
                var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
                var meetings = (await db.Meetings.AsNoTracking().Where(m => m.BodyId == id).OrderBy(m => m.StartUtc).ToListAsync(ct))
                    .Where(m => user.MaySeeMeeting(m.Seats));
                return await FeedAsync(db, body.Name, meetings.ToList(), publicView: false, ct);
            })
            .RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("A body's meetings as iCalendar (a delegation: those it sits in).");

        app.MapGet("/public/calendar.ics", async (SchedulingDbContext db, CancellationToken ct) =>
            {
                var meetings = await db.Meetings.AsNoTracking().Where(m => m.AnnouncedUtc != null).OrderBy(m => m.StartUtc).ToListAsync(ct);
                return await FeedAsync(db, "C5 public calendar", meetings, publicView: true, ct);
            })
            .AllowAnonymous().WithTags("Public").WithSummary("The public calendar: announced meetings only, as iCalendar.");
        return app;
    }

    private static async Task<IResult> FeedAsync(SchedulingDbContext db, string name, IReadOnlyList<Meeting> meetings, bool publicView, CancellationToken ct)
    {
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        return Results.Text(CalendarFeed.Write(name, meetings, bodies, publicView), CalendarFeed.ContentType);
    }
}
