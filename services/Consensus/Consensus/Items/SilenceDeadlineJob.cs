using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.Consensus.Persistence;

namespace SummitCoordination.Consensus.Items;

/// <summary>At a silence procedure's deadline: decided by silence (adopted unless silence was broken), through the outbox.</summary>
public sealed class SilenceDeadlineJob(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions) : DeadlineJob<ConsensusDbContext>(db, clock)
{
    public static string Key(Guid itemId) => $"silence:{itemId:N}";

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("itemId")!);
        var item = await Db.AgendaItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is { SilenceDeadlineUtc: not null, Status: ItemStatus.UnderConsideration })
        {
            await decisions.DecideAsync(item, Clock.GetUtcNow().UtcDateTime, "system", ct);
        }
    }
}
