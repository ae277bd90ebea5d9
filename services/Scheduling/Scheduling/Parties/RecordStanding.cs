namespace SummitCoordination.Scheduling.Parties;

/// <summary>A standing the secretariat records on a reference it gives (<c>POST /api/parties/{code}/standings</c>).</summary>
public sealed record RecordStanding(string Party, StandingRequest Request, ClaimsPrincipal User);

/// <summary>Records the standing; meetings from its date on get their new deciding set (<see cref="PartyStandings.RecordAsync"/>).</summary>
public sealed class RecordStandingHandler(SchedulingDbContext db, PartyStandings standings, TimeProvider clock) : IHandler<RecordStanding, StandingResponse>
{
    public async Task<StandingResponse> HandleAsync(RecordStanding request, CancellationToken cancellationToken)
    {
        var (ask, now) = (request.Request, clock.GetUtcNow().UtcDateTime);
        var standing = await standings.RecordAsync(new Standing(request.Party, ask.Format!, ask.Standing!.Value, ask.From!.Value, ask.Reference!.Trim(), null, null,
            now, request.User.Actor(), ask.Layer, ask.BodyId), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return StandingResponse.Of(standing);
    }
}
