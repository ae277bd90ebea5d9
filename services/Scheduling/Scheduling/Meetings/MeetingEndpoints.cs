using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Meetings;

public static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings").WithTags("Meetings");

        group.MapPost("/", CreateAsync)
            .Validate<CreateMeetingRequest>()
            .RequireAuthorization(Policies.Secretariat)
            .WithSummary("Schedules a meeting of a body (status Planned); publishes MeetingScheduled.");

        group.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.Participant)
            .WithSummary("A meeting, with times in UTC and in the venue's time zone. A delegation sees only meetings it sits in.");

        return app;
    }

    private static async Task<Created<MeetingResponse>> CreateAsync(CreateMeetingRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var body = await db.Bodies.SingleAsync(b => b.Id == request.BodyId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = request.Start!.Value.UtcDateTime;
        var meeting = Meeting.Schedule(body,
            string.IsNullOrWhiteSpace(request.Title) ? $"{body.Name}, {request.City} {start.Year}" : request.Title.Trim(),
            start, request.End!.Value.UtcDateTime, request.TimeZone!, request.HostParty!, request.City!.Trim(), request.Venue!.Trim(),
            request.Delegations!.Select(d => new Delegation(d.Party!, d.HeadName!.Trim(), d.HeadRank!.Trim(), d.Members ?? [])),
            request.Observers ?? [], now);
        db.Meetings.Add(meeting);
        db.Raise(meeting.Scheduled(body), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", MeetingResponse.From(meeting, body));
    }

    private static async Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        // A delegation is not told that a meeting it does not sit in exists.
        if (meeting is null || !user.MaySeeMeeting(meeting.Seats))
        {
            throw DomainException.NotFound("Meeting", id);
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        return TypedResults.Ok(MeetingResponse.From(meeting, body));
    }
}
