using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Meetings;

public sealed record AgendaResponse(Guid MeetingId, string Title, string BodyName, Layer Layer, string Format, DateTime StartUtc, IReadOnlyList<object> Items);

public static class AgendaEndpoints
{
    public static IEndpointRouteBuilder MapAgendaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/agenda", async (Guid id, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
                if (meeting is null || !user.MaySeeMeeting(meeting.Seats))
                {
                    throw DomainException.NotFound("Meeting", id);
                }

                return TypedResults.Ok(new AgendaResponse(meeting.Id, meeting.Title, meeting.BodyName, meeting.Layer, meeting.Format, meeting.StartUtc, []));
            })
            .RequireAuthorization(Policies.Participant)
            .WithTags("Agenda")
            .WithSummary("The agenda of a meeting known to Consensus (from MeetingScheduled).");
        return app;
    }
}
