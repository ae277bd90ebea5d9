namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>What one service's store held when last sampled: its outbox backlog and its parked and failed messages.</summary>
public sealed record StoreSample(long Backlog, DateTime? OldestUnsentUtc, int Parked, int Failed)
{
    public static async Task<StoreSample> ReadAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentUtc == null);
        var backlog = await unsent.LongCountAsync(cancellationToken);
        // Rows leave in the order they were written: the first unsent one is the oldest.
        var oldest = backlog == 0 ? null : await unsent.OrderBy(m => m.Sequence).Select(m => (DateTime?)m.OccurredUtc).FirstOrDefaultAsync(cancellationToken);
        var failed = await db.ParkedMessages.CountAsync(m => m.FailedUtc != null, cancellationToken);
        var all = await db.ParkedMessages.CountAsync(cancellationToken);
        return new StoreSample(backlog, oldest, all - failed, failed);
    }
}
