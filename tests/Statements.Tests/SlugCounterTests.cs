using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 21, point 6: slugs unique by construction. Many publications of the same year, city and kind at once, each in
/// its own unit of work on the same database, all save at the first attempt (the unique index on the slug would refuse a
/// collision, and nothing retries it any more) and get the base and then -2, -3, ... with no number twice.
/// </summary>
public sealed class SlugCounterTests : IDisposable
{
    private const string Base = "2031-astana-joint-statement";
    private readonly TempDirectory _data = new();

    private StatementsDbContext Open() => new SqliteStatementsDbContext(new DbContextOptionsBuilder<SqliteStatementsDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_data.Path, "statements.db")}").Options);

    private async Task MigrateAsync()
    {
        await using var db = Open();
        await db.MigrateAtStartAsync(CancellationToken.None);
    }

    private static PublishedStatement Row(string slug) => new()
    {
        Id = Guid.NewGuid(), Slug = slug, Kind = "JointStatement", Consensus = true, Title = "Joint statement", MeetingId = Guid.NewGuid(),
        MeetingTitle = "Consultative Meeting", Format = "C5", HostParty = "KAZ", City = "Astana", Year = 2031, English = "Text.", EnglishHtml = "<p>Text.</p>",
        ContentHash = new string('a', 64),
    };

    /// <summary>One publication: takes a slug, writes the public row, saves once. Any failure is the test's failure.</summary>
    private async Task<string> PublishAsync(string slugBase = Base)
    {
        await using var db = Open();
        var slug = await SlugCounter.TakeAsync(db, slugBase, CancellationToken.None);
        db.Published.Add(Row(slug));
        await db.SaveChangesAsync();
        return slug;
    }

    [Fact]
    public async Task Forty_publications_of_one_year_city_and_kind_at_once_each_save_first_time_with_a_slug_of_their_own()
    {
        await MigrateAsync();
        const int writers = 40;

        var slugs = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => PublishAsync())));

        var expected = new[] { Base }.Concat(Enumerable.Range(2, writers - 1).Select(n => $"{Base}-{n}")).Order().ToList();
        Assert.Equal(expected, slugs.Order().ToList());
        await using var db = Open();
        Assert.Equal(expected, (await db.Published.Select(p => p.Slug).ToListAsync()).Order().ToList());
        Assert.Equal(writers, (await db.SlugCounters.SingleAsync(c => c.Base == Base)).Last);
    }

    [Fact]
    public async Task A_base_published_before_the_counter_existed_goes_on_after_its_highest_number()
    {
        await MigrateAsync();
        await using (var db = Open())
        {
            db.Published.AddRange(Row(Base), Row($"{Base}-2"), Row($"{Base}-corrigendum"));
            await db.SaveChangesAsync();
        }

        Assert.Equal($"{Base}-3", await PublishAsync());
        Assert.Equal($"{Base}-4", await PublishAsync());
        Assert.Equal($"{Base}-corrigendum-2", await PublishAsync($"{Base}-corrigendum"));
    }

    [Fact]
    public async Task A_publication_that_starts_over_gives_its_number_back()
    {
        await MigrateAsync();
        Assert.Equal(Base, await PublishAsync());

        await using (var abandoned = Open())
        {
            Assert.Equal($"{Base}-2", await SlugCounter.TakeAsync(abandoned, Base, CancellationToken.None));
            abandoned.StartOver();
            // The act runs again on the same unit of work: the number it gave back is the one it takes.
            Assert.Equal($"{Base}-2", await SlugCounter.TakeAsync(abandoned, Base, CancellationToken.None));
        }

        // Disposed without a save: rolled back again.
        Assert.Equal($"{Base}-2", await PublishAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
