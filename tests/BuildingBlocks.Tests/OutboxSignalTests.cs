using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// The dispatcher's wake-up: a save or a commit by the service wakes it; its own do not, or an idle dispatcher whose
/// every round commits (the leader's lock on PostgreSQL) would poll without pause.
/// </summary>
public sealed class OutboxSignalTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly OutboxSignal<TestDb> _signal = new();

    public void Dispose() => _dir.Dispose();

    private TestDb Context() =>
        new(new DbContextOptionsBuilder<TestDb>().UseSqlite($"Data Source={Path.Combine(_dir.Path, "signal.db")}").AddInterceptors(_signal).Options);

    private Task<bool> WokenAsync() => _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

    [Fact]
    public async Task A_save_or_commit_by_the_service_wakes_the_dispatcher_and_the_dispatchers_own_do_not()
    {
        await using var service = Context();
        await using var dispatcher = Context();
        await service.Database.EnsureCreatedAsync();
        _signal.Ignore(dispatcher);
        await WokenAsync(); // forget the schema's creation

        dispatcher.Tallies.Add(new Tally { Name = "by the dispatcher" });
        await dispatcher.SaveChangesAsync();
        await using (var transaction = await dispatcher.Database.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }

        Assert.False(await WokenAsync(), "the dispatcher's own save and commit woke it");

        service.Tallies.Add(new Tally { Name = "by the service" });
        await service.SaveChangesAsync();
        Assert.True(await WokenAsync(), "a save by the service did not wake the dispatcher");

        await using (var transaction = await service.Database.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }

        Assert.True(await WokenAsync(), "a commit by the service did not wake the dispatcher");
    }
}
