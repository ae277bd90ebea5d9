using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Statements.Persistence;

namespace SummitCoordination.Statements.Meetings;

public sealed record MeetingStatementsResponse(Guid MeetingId, string Title, string Format, string HostParty, string City, DateTime StartUtc, IReadOnlyList<object> Statements);

public static class MeetingStatementsEndpoints
{
    public static IEndpointRouteBuilder MapMeetingStatementsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/statements", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
                if (meeting is null || !user.MaySeeMeeting(meeting.Parties.Contains))
                {
                    throw DomainException.NotFound("Meeting", id);
                }

                return TypedResults.Ok(new MeetingStatementsResponse(meeting.Id, meeting.Title, meeting.Format, meeting.HostParty, meeting.City, meeting.StartUtc, []));
            })
            .RequireAuthorization(Policies.Participant)
            .WithTags("Statements")
            .WithSummary("The statements drafted for a meeting known to Statements (from MeetingScheduled).");
        return app;
    }
}
