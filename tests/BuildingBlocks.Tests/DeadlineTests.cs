using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>A deadline in the smallest domain: when it fires, the named tally goes up by one.</summary>
public sealed class TallyDeadlineJob(TestDb db, TimeProvider clock) : DeadlineJob<TestDb>(db, clock)
{
    protected override async Task RunAsync(Func<string, string?> data, CancellationToken cancellationToken)
    {
        var name = data("tally")!;
        var tally = await Db.Tallies.FindAsync([name], cancellationToken);
        if (tally is null)
        {
            tally = new Tally { Name = name };
            Db.Tallies.Add(tally);
        }

        tally.Count++;
    }
}

public sealed class DeadlineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private string ConnectionString => $"Data Source={Path.Combine(_dir.Path, "deadlines.db")}";

    public void Dispose() => _dir.Dispose();

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TestDb>(o => o.UseSqlite(ConnectionString));
        builder.Services.AddDeadlines(new DatabaseSettings("Tests", DatabaseProvider.Sqlite, ConnectionString));
        return builder.Build();
    }

    private async Task CreateSchemaAsync()
    {
        await using var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseSqlite(ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in QuartzSchema.Statements(DatabaseProvider.Sqlite, "4.7.3"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task<int> TallyOf(string name)
    {
        await using var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseSqlite(ConnectionString).Options);
        return (await db.Tallies.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name))?.Count ?? 0;
    }

    [Fact]
    public void The_Quartz_schema_is_read_from_the_copy_in_the_repository_for_both_providers()
    {
        var sqlite = QuartzSchema.Statements(DatabaseProvider.Sqlite, "4.7.3");
        var sqlServer = QuartzSchema.Statements(DatabaseProvider.SqlServer, "4.7.3");
        Assert.Contains(sqlite, s => s.Contains("CREATE TABLE IF NOT EXISTS QRTZ_JOB_DETAILS", StringComparison.Ordinal));
        Assert.Contains(sqlServer, s => s.Contains("QRTZ_TRIGGERS", StringComparison.Ordinal));
        Assert.DoesNotContain(sqlite.Concat(sqlServer), s => s.Contains("{0}", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => QuartzSchema.Statements(DatabaseProvider.Sqlite, "0.0.1"));
    }

    /// <summary>
    /// Migrations read the copy, never the package; when Quartz is upgraded this fails until its DDL is copied too
    /// (and, if the schema changed, a migration brings the store from the old copy to the new one).
    /// </summary>
    [Theory]
    [InlineData("sqlite", "create_sqlite.sql")]
    [InlineData("sqlserver", "create_sqlServer.sql")]
    [InlineData("postgres", "create_postgres.sql")]
    public void The_copied_Quartz_DDL_is_what_the_installed_Quartz_embeds(string dialect, string resource)
    {
        var quartz = typeof(IJob).Assembly;
        var version = quartz.GetName().Version!.ToString(3);
        using var stream = quartz.GetManifestResourceStream($"Quartz.Impl.AdoJobStore.Schema.{resource}");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var embedded = reader.ReadToEnd().ReplaceLineEndings("\n");

        var copy = QuartzSchema.Copy(version, dialect);
        Assert.True(copy is not null,
            $"Quartz {version} is installed but shared/BuildingBlocks/Deadlines/Schema has no quartz-{version}-{dialect}.sql: copy its {resource} there, " +
            "and if it differs from the previous version's copy, add a migration that brings the job store from that schema to this one.");
        Assert.True(embedded == copy, $"quartz-{version}-{dialect}.sql is not the DDL Quartz {version} embeds ({resource}); a copy is never edited.");
    }

    [Fact]
    public async Task A_deadline_fires_after_the_service_was_stopped_and_started_again()
    {
        await CreateSchemaAsync();
        using (var first = BuildHost())
        {
            await first.StartAsync();
            // Standing by, the first host cannot fire the deadline however long this takes: only the second host can.
            await SummitApp.StandbyAsync(await first.Services.GetRequiredKeyedService<ISchedulerFactory>("Tests").GetScheduler());
            var deadlines = first.Services.GetRequiredKeyedService<IDeadlines>("Tests");
            await deadlines.SetAsync<TallyDeadlineJob>("restart", DateTime.UtcNow.AddSeconds(3), new Dictionary<string, string> { ["tally"] = "restart" }, CancellationToken.None);
            Assert.NotNull(await deadlines.NextFireAsync("restart", CancellationToken.None));
            await first.StopAsync();
        }

        Assert.Equal(0, await TallyOf("restart"));

        using var second = BuildHost();
        await second.StartAsync();
        await Eventually.Until(async () => await TallyOf("restart") == 1, TimeSpan.FromSeconds(60), "the deadline after restart");
        await second.StopAsync();
    }

    [Fact]
    public async Task A_cleared_deadline_does_not_fire_and_a_moved_one_fires_once_at_its_new_time()
    {
        await CreateSchemaAsync();
        using var host = BuildHost();
        await host.StartAsync();
        var deadlines = host.Services.GetRequiredKeyedService<IDeadlines>("Tests");
        var data = new Dictionary<string, string> { ["tally"] = "moved" };

        // The scheduler stands by while the deadlines are set, cleared and moved, so that however slow the machine,
        // nothing fires before the test has said what it wants; the cleared one was due first.
        var scheduler = await host.Services.GetRequiredKeyedService<ISchedulerFactory>("Tests").GetScheduler();
        await SummitApp.StandbyAsync(scheduler);
        await deadlines.SetAsync<TallyDeadlineJob>("cleared", DateTime.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["tally"] = "cleared" }, CancellationToken.None);
        await deadlines.SetAsync<TallyDeadlineJob>("moved", DateTime.UtcNow.AddHours(1), data, CancellationToken.None);
        await deadlines.SetAsync<TallyDeadlineJob>("moved", DateTime.UtcNow.AddSeconds(3), data, CancellationToken.None);
        await deadlines.ClearAsync("cleared", CancellationToken.None);
        Assert.Null(await deadlines.NextFireAsync("cleared", CancellationToken.None));
        await scheduler.Start();

        await Eventually.Until(async () => await TallyOf("moved") == 1, TimeSpan.FromSeconds(30), "the moved deadline");
        Assert.Null(await deadlines.NextFireAsync("moved", CancellationToken.None));
        Assert.Equal(0, await TallyOf("cleared"));
        await host.StopAsync();
    }
}
