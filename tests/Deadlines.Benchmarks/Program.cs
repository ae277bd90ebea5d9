using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Deadlines.Benchmarks;

// N deadlines due at the same instant on a fresh SQLite store, on a scheduler built by AddDeadlines as a service builds
// it; each job saves one row through DeadlineJob, as the services' jobs do. Prints how many fired (and how often each),
// how many Quartz treated as misfired, and how late they fired. With "restart", the host is stopped once about half
// have fired and a new one is started on the same file. With "postgresql", the store and the jobs' rows are in a fresh
// database on the PostgreSQL server SUMMIT_BENCH_POSTGRES names (an Npgsql connection string without a database, as
// deploy/postgres/postgres.sh url prints it), and the scheduler is clustered as the services' are there.
//   dotnet run -c Release --project tests/Deadlines.Benchmarks -- [count=10000] [lead seconds=10] [restart] [memory] [postgresql] [--Deadlines:ThreadCount=4 ...]
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var settingsArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var count = positional.Length > 0 ? int.Parse(positional[0]) : 10_000;
var lead = TimeSpan.FromSeconds(positional.Length > 1 ? double.Parse(positional[1]) : 10);
var restart = positional.Contains("restart");
// "memory": jobs that write nothing (the scheduler and its store alone).
var inMemory = positional.Contains("memory");
var postgres = positional.Contains("postgresql");
const string Service = "Bench";

var work = Directory.CreateTempSubdirectory("summit-deadlines-").FullName;
var server = postgres
    ? Environment.GetEnvironmentVariable("SUMMIT_BENCH_POSTGRES") ?? throw new InvalidOperationException("postgresql: set SUMMIT_BENCH_POSTGRES to the server.")
    : null;
var databaseName = $"summit_deadlines_{Guid.NewGuid():N}"[..32];
var connectionString = postgres
    ? new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ConnectionString
    : $"Data Source={Path.Combine(work, "deadlines.db")}";
var provider = postgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
await CreateStoreAsync();

var misfires = new MisfireCounter();
var host = await StartHostAsync();
var scheduler = await SchedulerOf(host);
// Standing by while the deadlines are stored, so that the scheduling loop does not compete with the inserts. The hosted
// service starts the scheduler once the host has started: a standby asked for before that would be undone.
while (scheduler.Status != SchedulerStatus.Running)
{
    await Task.Delay(10);
}

await scheduler.Standby();
var meta = await scheduler.GetMetadata();

var clock = Stopwatch.StartNew();
var due = DateTime.UtcNow + lead;
var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
for (var i = 0; i < count; i++)
{
    var key = $"deadline-{i:D6}";
    var data = new Dictionary<string, string> { ["key"] = key };
    var (job, trigger) = inMemory ? QuartzDeadlines.Build<MemoryDeadlineJob>(key, due, data) : QuartzDeadlines.Build<BenchDeadlineJob>(key, due, data);
    jobs.Add(job, [trigger]);
}

await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing);
var stored = clock.Elapsed;
if (DateTime.UtcNow > due - TimeSpan.FromSeconds(1))
{
    Console.Error.WriteLine($"Storing {count} deadlines took {stored.TotalSeconds:F1} s, past their due time: give a longer lead than {lead.TotalSeconds} s.");
    // The scheduler's threads would keep the process alive.
    await host.StopAsync();
    host.Dispose();
    return 2;
}

await scheduler.Start();
Console.WriteLine($"{count} deadlines stored in {stored.TotalSeconds:F1} s, due at {due:HH:mm:ss.fff} UTC; thread pool {meta.ThreadPoolSize}, store {meta.JobStoreTypeName}.");

var restartedAt = (int?)null;
var timeout = DateTime.UtcNow + lead + TimeSpan.FromMinutes(15);
var fired = 0;
var report = DateTime.UtcNow;
while (DateTime.UtcNow < timeout)
{
    fired = inMemory ? MemoryDeadlineJob.Firings.Select(f => f.Key).Distinct().Count() : await CountAsync("""SELECT COUNT(DISTINCT "Key") FROM "Firings" """);
    if (DateTime.UtcNow >= report)
    {
        Console.WriteLine($"  {(DateTime.UtcNow - due).TotalSeconds,6:F1} s after due: {fired} fired");
        report = DateTime.UtcNow.AddSeconds(5);
    }

    if (fired >= count)
    {
        break;
    }

    if (restart && restartedAt is null && fired >= count / 2)
    {
        restartedAt = fired;
        var stopping = Stopwatch.StartNew();
        await host.StopAsync();
        host.Dispose();
        var atStop = inMemory ? MemoryDeadlineJob.Firings.Count : await CountAsync("""SELECT COUNT(*) FROM "Firings" """);
        host = await StartHostAsync();
        Console.WriteLine($"Restart: stopped after {restartedAt} had fired ({atStop} once the running jobs finished), " +
            $"stop and start took {stopping.Elapsed.TotalSeconds:F1} s.");
    }

    await Task.Delay(100);
}

// Give a duplicate that would come late the time to show.
await Task.Delay(TimeSpan.FromSeconds(2));
await host.StopAsync();
host.Dispose();

await using var db = new BenchDb(Options());
var firings = inMemory ? MemoryDeadlineJob.Firings.ToList() : await db.Firings.AsNoTracking().ToListAsync();
var byKey = firings.GroupBy(f => f.Key).ToList();
var twice = byKey.Count(g => g.Count() > 1);
var lateness = byKey.Select(g => (g.Min(f => f.FiredUtc) - due).TotalSeconds).Order().ToArray();
var left = await CountAsync("SELECT COUNT(*) FROM qrtz_triggers");
double Percentile(double p) => lateness.Length == 0 ? double.NaN : lateness[Math.Min(lateness.Length - 1, (int)Math.Ceiling(p * lateness.Length) - 1)];

Console.WriteLine($"""

    | Deadlines | Fired | Fired twice | Misfired | Lateness p50 | p95 | max (last) | Wall time (store to last) |{(restart ? " Restart at |" : "")}
    | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |{(restart ? " ---: |" : "")}
    | {count:N0} | {byKey.Count:N0} | {twice} | {misfires.Misfired} | {Percentile(0.50):F2} s | {Percentile(0.95):F2} s | {Percentile(1.0):F2} s | {(firings.Count == 0 ? 0 : (firings.Max(f => f.FiredUtc) - due + lead).TotalSeconds):F1} s |{(restart ? $" {restartedAt:N0} |" : "")}

    Store: {(postgres ? "PostgreSQL, clustered" : "SQLite, WAL")}. Jobs: {(inMemory ? "in memory (no write)" : "one insert each through DeadlineJob")}. Triggers left in the store: {left}. Settings: {(settingsArgs.Length == 0 ? "defaults" : string.Join(' ', settingsArgs))}. {Environment.ProcessorCount} cores, .NET {Environment.Version}.
    """);
Directory.Delete(work, recursive: true);
if (postgres)
{
    await ServerAsync($"DROP DATABASE {databaseName} WITH (FORCE)");
}

return byKey.Count == count && twice == 0 && firings.Count == count ? 0 : 1;

async Task<IHost> StartHostAsync()
{
    var builder = Host.CreateApplicationBuilder(settingsArgs);
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddDbContext<BenchDb>(o => Use(o));
    builder.Services.AddDeadlines(new DatabaseSettings(Service, provider, connectionString), builder.Configuration);
    var built = builder.Build();
    await built.StartAsync();
    var started = await SchedulerOf(built);
    started.ListenerManager.AddTriggerListener(misfires, []);
    return built;
}

static async Task<IScheduler> SchedulerOf(IHost host) =>
    await host.Services.GetRequiredKeyedService<ISchedulerFactory>(Service).GetScheduler();

DbContextOptionsBuilder Use(DbContextOptionsBuilder options) => postgres ? options.UseNpgsql(connectionString) : options.UseSqlite(connectionString);

DbContextOptions<BenchDb> Options()
{
    var options = new DbContextOptionsBuilder<BenchDb>();
    Use(options);
    return options.Options;
}

DbConnection Connect() => postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

async Task<int> CountAsync(string sql)
{
    await using var connection = Connect();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt32(await command.ExecuteScalarAsync());
}

async Task ServerAsync(string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

async Task CreateStoreAsync()
{
    if (postgres)
    {
        await ServerAsync($"CREATE DATABASE {databaseName}");
    }

    await using var db = new BenchDb(Options());
    await db.Database.EnsureCreatedAsync();
    if (!postgres)
    {
        // As a service's migration leaves it: WAL, and the Quartz tables from the copied DDL.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    await using var connection = Connect();
    await connection.OpenAsync();
    foreach (var statement in QuartzSchema.Statements(provider, "4.7.3"))
    {
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync();
    }
}
