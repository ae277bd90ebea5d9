namespace SummitCoordination.Scheduling.Parties;

/// <summary>The parties in Scheduling's reference data.</summary>
public sealed class PartyDirectory(SchedulingDbContext db) : IPartyDirectory
{
    public Task<bool> IsKnownAsync(string code, CancellationToken cancellationToken) =>
        db.Parties.AsNoTracking().AnyAsync(p => p.Code == code, cancellationToken);
}
