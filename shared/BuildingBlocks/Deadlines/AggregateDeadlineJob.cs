namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>What names a kind of deadline on one aggregate: the prefix of its jobs' keys and the name its id has in their data.</summary>
public interface IAggregateDeadline
{
    /// <summary>The jobs' keys are <c>{Prefix}:{id:N}</c>.</summary>
    static abstract string Prefix { get; }

    /// <summary>The aggregate's id in the job's data (kept with jobs already stored: never rename it).</summary>
    static abstract string IdName { get; }
}

/// <summary>
/// A deadline on one aggregate (an item's silence, a statement's embargo, a commitment's due date, a record's window):
/// one job per aggregate, set and moved by its id, restored at start when the data says it is pending and its job is missing.
/// </summary>
public abstract class AggregateDeadlineJob<TContext, TJob>(TContext db, TimeProvider clock) : DeadlineJob<TContext>(db, clock)
    where TContext : ServiceDbContext
    where TJob : AggregateDeadlineJob<TContext, TJob>, IAggregateDeadline
{
    public static string Key(Guid id) => $"{TJob.Prefix}:{id:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid id, DateTime atUtc, CancellationToken ct) =>
        deadlines.SetAsync<TJob>(Key(id), atUtc, new Dictionary<string, string> { [TJob.IdName] = id.ToString() }, ct);

    /// <summary>Sets again each pending deadline (<paramref name="pending"/>: the aggregate and when it falls due) whose job is missing.</summary>
    protected static Task RestoreAsync(IDeadlines deadlines, IEnumerable<(Guid Id, DateTime AtUtc)> pending, CancellationToken ct) =>
        deadlines.RestoreMissingAsync(pending, p => Key(p.Id), (p, token) => SetAsync(deadlines, p.Id, p.AtUtc, token), ct);

    protected sealed override Task RunAsync(Func<string, string?> data, CancellationToken ct) => RunAsync(Guid.Parse(data(TJob.IdName)!), ct);

    /// <summary>The deadline of the aggregate <paramref name="id"/> fell due: load it, call the domain (the base saves).</summary>
    protected abstract Task RunAsync(Guid id, CancellationToken ct);
}
