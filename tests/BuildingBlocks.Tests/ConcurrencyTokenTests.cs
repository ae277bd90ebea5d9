using Microsoft.EntityFrameworkCore;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

public sealed class ConcurrencyTokenTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private TestDb Open() => new(TestDb.Options(Path.Combine(_dir.Path, "concurrency.db")));

    [Fact]
    public async Task Every_save_of_an_aggregate_increments_its_version()
    {
        await using (var db = Open())
        {
            await db.Database.EnsureCreatedAsync();
            db.Counters.Add(new Counter { Name = "positions" });
            await db.SaveChangesAsync();
        }

        await using (var db = Open())
        {
            var counter = await db.Counters.SingleAsync();
            counter.Value = 1;
            await db.SaveChangesAsync();
            counter.Value = 2;
            await db.SaveChangesAsync();
        }

        await using var read = Open();
        Assert.Equal(2, (await read.Counters.SingleAsync()).Version);
    }

    [Fact]
    public async Task Of_two_writers_who_read_the_same_version_the_second_is_refused_on_SQLite()
    {
        await using (var db = Open())
        {
            await db.Database.EnsureCreatedAsync();
            db.Counters.Add(new Counter { Name = "positions" });
            await db.SaveChangesAsync();
        }

        await using var first = Open();
        await using var second = Open();
        var a = await first.Counters.SingleAsync();
        var b = await second.Counters.SingleAsync();
        a.Value = 10;
        b.Value = 20;

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = Open();
        Assert.Equal(10, (await read.Counters.SingleAsync()).Value);
    }
}
