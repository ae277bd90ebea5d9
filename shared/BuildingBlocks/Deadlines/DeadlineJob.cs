using Quartz;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.BuildingBlocks.Telemetry;

namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>
/// The one pattern for every deadline: the job loads, calls the domain, and saves; the events the domain
/// raises go out through the outbox in the same transaction. Nothing else happens in a job.
/// </summary>
public abstract class DeadlineJob<TContext>(TContext db, TimeProvider clock) : IJob
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // The root of a trace: what the job saves and publishes is followed from here.
        using var activity = SummitTelemetry.StartDeadline(GetType().Name, context.JobDetail.Key.Name);
        var data = context.MergedJobDataMap;
        string? Read(string key) => data.TryGetValue(key, out var value) ? value?.ToString() : null;
        await RunAsync(Read, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task RunAsync(Func<string, string?> data, CancellationToken cancellationToken);
}
