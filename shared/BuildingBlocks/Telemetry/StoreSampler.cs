namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>
/// Samples every service's store at start and every <see cref="TelemetrySettings.SampleInterval"/>: a few counting
/// queries, so that a gauge read by an exporter never waits on a database.
/// </summary>
public sealed class StoreSampler(IServiceScopeFactory scopes, IEnumerable<IStoreProbe> probes, SummitMetrics metrics, TimeProvider clock,
    IOptions<TelemetrySettings> settings, ILogger<StoreSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.SampleInterval, clock);
        do
        {
            foreach (var probe in probes)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    metrics.Sampled(probe.Service, await probe.SampleAsync(scope.ServiceProvider, stoppingToken));
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The store is away for a moment: the gauge keeps its last value; readiness says the rest.
                    logger.LogDebug(ex, "Could not sample the store of {Service}", probe.Service);
                }
            }
        }
        while (await Wait(timer, stoppingToken));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
