using Microsoft.EntityFrameworkCore;
using Quartz;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.Deadlines.Benchmarks;

/// <summary>One row per firing: how many times each deadline fired, and when its job saved.</summary>
public sealed class Firing
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public DateTime FiredUtc { get; set; }
}

/// <summary>A service database of the smallest kind, so that each job writes as a real deadline job does.</summary>
public sealed class BenchDb(DbContextOptions<BenchDb> options) : ServiceDbContext(options)
{
    public DbSet<Firing> Firings => Set<Firing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Firing>().HasKey(f => f.Id);
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>A deadline job through the services' own base: one insert in the service's database, then save.</summary>
public sealed class BenchDeadlineJob(BenchDb db, TimeProvider clock) : DeadlineJob<BenchDb>(db, clock)
{
    protected override Task RunAsync(Func<string, string?> data, CancellationToken cancellationToken)
    {
        Db.Firings.Add(new Firing { Key = data("key")!, FiredUtc = Clock.GetUtcNow().UtcDateTime });
        return Task.CompletedTask;
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

/// <summary>
/// A job that writes nothing: it records its key and time in memory. Beside <see cref="BenchDeadlineJob"/>, it shows
/// what the scheduler and its store cost on their own, without the job's own transaction.
/// </summary>
public sealed class MemoryDeadlineJob : IJob
{
    public static System.Collections.Concurrent.ConcurrentQueue<Firing> Firings { get; } = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Firings.Enqueue(new Firing { Key = context.MergedJobDataMap.GetString("key")!, FiredUtc = DateTime.UtcNow });
        return ValueTask.CompletedTask;
    }
}
