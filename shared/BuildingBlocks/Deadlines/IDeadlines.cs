namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>Sets, moves and clears the deadlines of one service; each fires a job even after a restart.</summary>
public interface IDeadlines
{
    /// <summary>Sets (or moves) the deadline named <paramref name="key"/> to fire <typeparamref name="TJob"/> at <paramref name="atUtc"/>.</summary>
    Task SetAsync<TJob>(string key, DateTime atUtc, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
        where TJob : Quartz.IJob;

    /// <summary>
    /// Sets (or moves) several deadlines of one job at once: one transaction of the store, where <see cref="SetAsync{TJob}"/>
    /// takes one each (a meeting's five timers).
    /// </summary>
    Task SetManyAsync<TJob>(IReadOnlyCollection<Deadline> deadlines, CancellationToken cancellationToken)
        where TJob : Quartz.IJob;

    Task ClearAsync(string key, CancellationToken cancellationToken);

    Task<DateTime?> NextFireAsync(string key, CancellationToken cancellationToken);
}

/// <summary>One deadline of <see cref="IDeadlines.SetManyAsync{TJob}"/>: its name, when it falls due, what its job is given.</summary>
public sealed record Deadline(string Key, DateTime AtUtc, IReadOnlyDictionary<string, string> Data);
