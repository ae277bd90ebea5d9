namespace SummitCoordination.Consensus.Items;

/// <summary>At a silence procedure's deadline: decided by silence (adopted unless silence was broken), through the outbox.</summary>
public sealed class SilenceDeadlineJob(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions) : DeadlineJob<ConsensusDbContext>(db, clock)
{
    public static string Key(Guid itemId) => $"silence:{itemId:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid itemId, DateTime deadlineUtc, CancellationToken ct) =>
        deadlines.SetAsync<SilenceDeadlineJob>(Key(itemId), deadlineUtc, new Dictionary<string, string> { ["itemId"] = itemId.ToString() }, ct);

    /// <summary>A silence procedure recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(ConsensusDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var running = await db.AgendaItems.AsNoTracking()
            .Where(i => i.SilenceDeadlineUtc != null && i.Status == ItemStatus.UnderConsideration)
            .Select(i => new { i.Id, i.SilenceDeadlineUtc })
            .ToListAsync(ct);
        await deadlines.RestoreMissingAsync(running, i => Key(i.Id), (i, token) => SetAsync(deadlines, i.Id, i.SilenceDeadlineUtc!.Value, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("itemId")!);
        var item = await Db.AgendaItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is { SilenceDeadlineUtc: not null, Status: ItemStatus.UnderConsideration })
        {
            await decisions.DecideAsync(item, Clock.GetUtcNow().UtcDateTime, Actors.System, ct);
        }
    }
}
