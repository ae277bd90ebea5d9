using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
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

/// <summary>Counts the triggers Quartz treats as misfired (their misfire instruction applied instead of a plain fire).</summary>
public sealed class MisfireCounter : ITriggerListener
{
    private int _misfired;

    public int Misfired => Volatile.Read(ref _misfired);

    public string Name => nameof(MisfireCounter);

    public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _misfired);
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}

[Trait("Category", "Timers")]
public sealed class DeadlineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private string ConnectionString => $"Data Source={Path.Combine(_dir.Path, "deadlines.db")}";

    public void Dispose() => _dir.Dispose();

    private IHost BuildHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TestDb>(o => o.UseSqlite(ConnectionString));
        builder.Services.AddDeadlines(new DatabaseSettings("Tests", DatabaseProvider.Sqlite, ConnectionString), builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// The host's scheduler, stood by. The hosted service starts the scheduler once the host has started, so a standby
    /// asked for before that would be undone: this waits until it runs, then stands it by.
    /// </summary>
    private static async Task<IScheduler> StandingByAsync(IHost host)
    {
        var scheduler = await host.Services.GetRequiredKeyedService<ISchedulerFactory>("Tests").GetScheduler();
        await Eventually.Until(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running), TimeSpan.FromSeconds(30), "the hosted service to start the scheduler");
        await scheduler.Standby();
        return scheduler;
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
            await StandingByAsync(first);
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
        var scheduler = await StandingByAsync(host);
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

    [Fact]
    public async Task Deadlines_set_together_each_fire_once_and_one_set_before_is_moved_not_doubled()
    {
        await CreateSchemaAsync();
        using var host = BuildHost();
        await host.StartAsync();
        var deadlines = host.Services.GetRequiredKeyedService<IDeadlines>("Tests");
        var scheduler = await StandingByAsync(host);
        await deadlines.SetAsync<TallyDeadlineJob>("together-a", DateTime.UtcNow.AddHours(1), new Dictionary<string, string> { ["tally"] = "together-a" }, CancellationToken.None);
        await deadlines.SetManyAsync<TallyDeadlineJob>(
        [
            new Deadline("together-a", DateTime.UtcNow.AddSeconds(2), new Dictionary<string, string> { ["tally"] = "together-a" }),
            new Deadline("together-b", DateTime.UtcNow.AddSeconds(3), new Dictionary<string, string> { ["tally"] = "together-b" }),
        ], CancellationToken.None);
        Assert.NotNull(await deadlines.NextFireAsync("together-b", CancellationToken.None));
        Assert.True(await deadlines.NextFireAsync("together-a", CancellationToken.None) < DateTime.UtcNow.AddMinutes(1), "the deadline set before is moved");
        await scheduler.Start();

        await Eventually.Until(async () => (await TalliesStartingWith("together-")).Count(t => t.Count == 1) == 2, TimeSpan.FromSeconds(30), "both deadlines");
        Assert.All(await TalliesStartingWith("together-"), t => Assert.Equal(1, t.Count));
        Assert.Null(await deadlines.NextFireAsync("together-a", CancellationToken.None));
        await host.StopAsync();
    }

    private async Task<List<Tally>> TalliesStartingWith(string prefix)
    {
        await using var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseSqlite(ConnectionString).Options);
        return await db.Tallies.AsNoTracking().Where(t => t.Name.StartsWith(prefix)).ToListAsync();
    }

    /// <summary>
    /// Issue 21.5: deadlines due together on the real SQLite store, the service stopped while they fire and started
    /// again on the same file: each fires exactly once (its own tally at 1), none is lost, none is treated as misfired.
    /// How fast they fire is the benchmark's to say (tests/Deadlines.Benchmarks), never this test's.
    /// </summary>
    [Fact]
    public async Task Deadlines_due_together_each_fire_once_though_the_service_restarts_while_they_fire()
    {
        const int count = 400;
        await CreateSchemaAsync();
        var misfires = new MisfireCounter();
        int firedAtStop;
        using (var first = BuildHost())
        {
            await first.StartAsync();
            // Standing by while they are set: all are due by the time the scheduler starts, however slow the machine.
            var scheduler = await StandingByAsync(first);
            scheduler.ListenerManager.AddTriggerListener(misfires, []);
            var deadlines = first.Services.GetRequiredKeyedService<IDeadlines>("Tests");
            var due = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
            {
                var key = $"burst-{i:D3}";
                await deadlines.SetAsync<TallyDeadlineJob>(key, due, new Dictionary<string, string> { ["tally"] = key }, CancellationToken.None);
            }

            await scheduler.Start();
            await Eventually.Until(async () => (await TalliesStartingWith("burst-")).Count >= count / 4, TimeSpan.FromSeconds(120), "a quarter of the burst");
            await first.StopAsync();
            firedAtStop = (await TalliesStartingWith("burst-")).Count;

        }

        // The stop fell in the middle of the burst (else this test would show nothing about a restart).
        Assert.InRange(firedAtStop, count / 4, count - 1);

        using (var second = BuildHost())
        {
            await second.StartAsync();
            var scheduler = await second.Services.GetRequiredKeyedService<ISchedulerFactory>("Tests").GetScheduler();
            scheduler.ListenerManager.AddTriggerListener(misfires, []);
            await Eventually.Until(async () => (await TalliesStartingWith("burst-")).Count == count, TimeSpan.FromSeconds(120), "the rest of the burst after the restart");
            await second.StopAsync();
        }

        var tallies = await TalliesStartingWith("burst-");
        Assert.Equal(count, tallies.Count);
        Assert.All(tallies, t => Assert.True(t.Count == 1, $"{t.Name} fired {t.Count} times"));
        Assert.Equal(0, misfires.Misfired);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    /// <summary>
    /// A backlog younger than the misfire threshold is fired by the normal rounds, not handed to the misfire handler
    /// (whose slow passes made the gap of issue 21.5); one older than it is misfired and, FireNow, still fires once,
    /// without waiting for a scan as long as the threshold.
    /// </summary>
    [Fact]
    public async Task A_backlog_younger_than_the_misfire_threshold_fires_unmisfired_and_an_older_deadline_fires_at_once()
    {
        await CreateSchemaAsync();
        // The misfire handler scans every two seconds here (fifteen by default): what is asserted is that the long-missed
        // deadline fires at its first scan rather than after a wait as long as the threshold, not how long a scan takes.
        using var host = BuildHost(new Dictionary<string, string?> { ["Deadlines:MisfireThreshold"] = "00:05:00", ["Deadlines:MisfireScanInterval"] = "00:00:02" });
        await host.StartAsync();
        var scheduler = await StandingByAsync(host);
        var misfires = new MisfireCounter();
        scheduler.ListenerManager.AddTriggerListener(misfires, []);
        var deadlines = host.Services.GetRequiredKeyedService<IDeadlines>("Tests");
        // Two minutes late: past Quartz's own default threshold of one minute, well inside the five set here.
        for (var i = 0; i < 20; i++)
        {
            await deadlines.SetAsync<TallyDeadlineJob>($"backlog-{i:D2}", DateTime.UtcNow.AddMinutes(-2), new Dictionary<string, string> { ["tally"] = $"backlog-{i:D2}" }, CancellationToken.None);
        }

        await deadlines.SetAsync<TallyDeadlineJob>("long-missed", DateTime.UtcNow.AddMinutes(-30), new Dictionary<string, string> { ["tally"] = "long-missed" }, CancellationToken.None);
        await scheduler.Start();

        await Eventually.Until(async () => (await TalliesStartingWith("backlog-")).Count == 20 && await TallyOf("long-missed") == 1,
            TimeSpan.FromSeconds(90), "the backlog and the long-missed deadline");
        await host.StopAsync();

        Assert.All(await TalliesStartingWith("backlog-"), t => Assert.Equal(1, t.Count));
        Assert.Equal(1, await TallyOf("long-missed"));
        Assert.Equal(1, misfires.Misfired);
    }
}
