namespace SummitCoordination.BuildingBlocks.Deadlines;

public static class DeadlineRestore
{
    /// <summary>
    /// Sets again every deadline the service's data says is pending but whose job is missing: a crash between
    /// committing a change and scheduling its job loses nothing, because each service calls this at start.
    /// </summary>
    public static async Task RestoreMissingAsync<T>(this IDeadlines deadlines, IEnumerable<T> pending, Func<T, string> key,
        Func<T, CancellationToken, Task> set, CancellationToken ct)
    {
        foreach (var item in pending)
        {
            if (await deadlines.NextFireAsync(key(item), ct) is null)
            {
                await set(item, ct);
            }
        }
    }
}
