using Microsoft.EntityFrameworkCore;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 20, point 5: side effects outside the database (a timer, a cache eviction) run after the save that carries
/// their change has committed; never before it, never for a save that failed, and not inside a transaction still open.
/// </summary>
public sealed class AfterCommitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private TestDb Open() => new(TestDb.Options(Path.Combine(_dir.Path, "after-commit.db")));

    private async Task<TestDb> CreatedAsync()
    {
        var db = Open();
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    /// <summary>What a second connection reads of a tally: what is committed, nothing else.</summary>
    private async Task<int?> CommittedAsync(string name)
    {
        await using var other = Open();
        return (await other.Tallies.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name))?.Count;
    }

    [Fact]
    public async Task An_effect_runs_once_after_the_save_and_sees_its_change_committed()
    {
        await using var db = await CreatedAsync();
        var seen = new List<int?>();
        db.Tallies.Add(new Tally { Name = "positions", Count = 5 });
        db.AfterCommit(async _ => seen.Add(await CommittedAsync("positions")));
        Assert.Empty(seen);

        await db.SaveChangesAsync();
        Assert.Equal([5], seen);
        Assert.Equal(0, db.PendingAfterCommit);

        // A later save does not run it again.
        db.Tallies.Add(new Tally { Name = "amendments", Count = 1 });
        await db.SaveChangesAsync();
        Assert.Equal([5], seen);
    }

    [Fact]
    public async Task A_save_that_fails_runs_no_effect_and_keeps_it_for_the_save_that_succeeds()
    {
        await using (var seed = await CreatedAsync())
        {
            seed.Tallies.Add(new Tally { Name = "positions", Count = 1 });
            await seed.SaveChangesAsync();
        }

        await using var db = Open();
        var runs = 0;
        db.Tallies.Add(new Tally { Name = "positions", Count = 2 }); // the key is taken: the save fails
        db.AfterCommit(_ =>
        {
            runs++;
            return Task.CompletedTask;
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(0, runs);
        Assert.Equal(1, db.PendingAfterCommit);

        db.ChangeTracker.Clear();
        db.Tallies.Add(new Tally { Name = "decisions", Count = 2 });
        await db.SaveChangesAsync();
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task An_act_that_starts_over_after_a_lost_race_forgets_what_it_queued_and_queues_again_what_it_does_again()
    {
        await using var db = await CreatedAsync();
        var cleared = new List<string>();
        db.Tallies.Add(new Tally { Name = "positions", Count = 1 });
        db.AfterCommit(_ =>
        {
            cleared.Add("first attempt");
            return Task.CompletedTask;
        });

        db.StartOver(); // as the retry on a version token does
        Assert.Equal(0, db.PendingAfterCommit);
        db.Tallies.Add(new Tally { Name = "positions", Count = 2 });
        db.AfterCommit(_ =>
        {
            cleared.Add("second attempt");
            return Task.CompletedTask;
        });
        await db.SaveChangesAsync();

        Assert.Equal(["second attempt"], cleared);
        Assert.Equal(2, await CommittedAsync("positions"));
    }

    [Fact]
    public async Task Inside_a_transaction_the_caller_opened_effects_wait_until_a_save_after_it_committed()
    {
        await using var db = await CreatedAsync();
        var runs = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Tallies.Add(new Tally { Name = "positions", Count = 3 });
            db.AfterCommit(_ =>
            {
                runs++;
                return Task.CompletedTask;
            });
            await db.SaveChangesAsync();
            Assert.Equal(0, runs); // saved, not committed
            await transaction.CommitAsync();
        }

        Assert.Equal(3, await CommittedAsync("positions"));
        await db.SaveChangesAsync();
        Assert.Equal(1, runs);
    }
}
