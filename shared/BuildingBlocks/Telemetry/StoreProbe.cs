namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>Counts what one service's store holds for <see cref="SummitMetrics"/>: its unsent outbox rows and its parked messages.</summary>
public interface IStoreProbe
{
    string Service { get; }

    Task<StoreSample> SampleAsync(IServiceProvider scope, CancellationToken cancellationToken);
}

public sealed class StoreProbe<TContext> : IStoreProbe
    where TContext : ServiceDbContext
{
    public string Service { get; } = SummitTelemetry.ServiceOf(typeof(TContext));

    public Task<StoreSample> SampleAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        StoreSample.ReadAsync(scope.GetRequiredService<TContext>(), cancellationToken);
}
