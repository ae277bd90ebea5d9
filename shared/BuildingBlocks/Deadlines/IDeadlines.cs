namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>Sets, moves and clears the deadlines of one service; each fires a job even after a restart.</summary>
public interface IDeadlines
{
    /// <summary>Sets (or moves) the deadline named <paramref name="key"/> to fire <typeparamref name="TJob"/> at <paramref name="atUtc"/>.</summary>
    Task SetAsync<TJob>(string key, DateTime atUtc, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
        where TJob : Quartz.IJob;

    Task ClearAsync(string key, CancellationToken cancellationToken);

    Task<DateTime?> NextFireAsync(string key, CancellationToken cancellationToken);
}
