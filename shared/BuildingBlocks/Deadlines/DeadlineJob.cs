using Quartz;

namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>
/// The one pattern for every deadline: the job loads, calls the domain, and saves; the events the domain
/// raises go out through the outbox in the same transaction. Nothing else happens in a job, so a job that lost a race
/// on a version token runs again on a clean unit of work, as a person's request does (ConcurrencyRetryFilter).
/// </summary>
public abstract class DeadlineJob<TContext>(TContext db, TimeProvider clock) : IJob
    where TContext : ServiceDbContext
{
    /// <summary>How many times a job that lost a race on a version token runs again before it gives up.</summary>
    public const int Attempts = 8;

    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // The root of a trace: what the job saves and publishes is followed from here.
        using var activity = SummitTelemetry.StartDeadline(GetType().Name, context.JobDetail.Key.Name);
        var data = context.MergedJobDataMap;
        string? Read(string key) => data.TryGetValue(key, out var value) ? value?.ToString() : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunAsync(Read, cancellationToken);
                await Db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // A person or a consumer saved the same aggregate between the job's read and its write. A deadline
                // fires once: failing here would lose it (the item never decided, the statement never released), so
                // the job reads again and applies the deadline to what the aggregate is now (often: nothing left to do).
                Db.StartOver();
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    protected abstract Task RunAsync(Func<string, string?> data, CancellationToken cancellationToken);
}
