using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Parties;

public static class ReferenceDataEndpoints
{
    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/parties", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Parties.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.Participant)
            .WithTags("Reference data")
            .WithSummary("Members, partners and observers, with English and Russian names, capital and IANA time zone.");

        app.MapGet("/api/formats", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Formats.AsNoTracking().OrderBy(f => f.Partner != null).ThenBy(f => f.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.Participant)
            .WithTags("Reference data")
            .WithSummary("C5 and the C5+X formats.");

        app.MapGet("/api/bodies", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Bodies.AsNoTracking().ToListAsync(ct)).OrderBy(b => b.Format != "C5").ThenBy(b => b.Format).ThenBy(b => b.Layer).ThenBy(b => b.Name)))
            .RequireAuthorization(Policies.Participant)
            .WithTags("Reference data")
            .WithSummary("The standing bodies: layer, track, format, parent body and decision rule.");

        return app;
    }
}
