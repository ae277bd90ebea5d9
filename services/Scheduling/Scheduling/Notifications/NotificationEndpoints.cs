using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", async (ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct, int take = 100) =>
            {
                var party = user.PartyCode();
                var items = await db.Notifications.AsNoTracking().Where(n => n.Party == party)
                    .OrderByDescending(n => n.CreatedUtc).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
                return TypedResults.Ok(items);
            })
            .RequireAuthorization(Policies.Delegation)
            .WithTags("Notifications")
            .WithSummary("The calling delegation's notification inbox: reminders, deadlines, changes to its meetings; newest first.");
        return app;
    }
}
