namespace SummitCoordination.Consensus.Items;

/// <summary>At a silence procedure's deadline: decided by silence (adopted unless silence was broken), through the outbox.</summary>
public sealed class SilenceDeadlineJob(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions)
    : AggregateDeadlineJob<ConsensusDbContext, SilenceDeadlineJob>(db, clock), IAggregateDeadline
{
    public static string Prefix => "silence";

    public static string IdName => "itemId";

    /// <summary>A silence procedure recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(ConsensusDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var running = await db.AgendaItems.AsNoTracking()
            .Where(i => i.SilenceDeadlineUtc != null && i.Status == ItemStatus.UnderConsideration)
            .Select(i => new { i.Id, i.SilenceDeadlineUtc })
            .ToListAsync(ct);
        await RestoreAsync(deadlines, running.Select(i => (i.Id, i.SilenceDeadlineUtc!.Value)), ct);
    }

    protected override async Task RunAsync(Guid id, CancellationToken ct)
    {
        var item = await Db.AgendaItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is { SilenceDeadlineUtc: not null, Status: ItemStatus.UnderConsideration })
        {
            await decisions.DecideAsync(item, Clock.GetUtcNow().UtcDateTime, Actors.System, ct);
        }
    }
}
