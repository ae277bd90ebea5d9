namespace SummitCoordination.BuildingBlocks.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Our meter's instruments; safe to call from every module (hosts without the platform, such as tests, get them too).</summary>
    public static IServiceCollection AddSummitMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SummitMetrics>();
        return services;
    }

    /// <summary>
    /// Samples this service's outbox backlog and parked messages into <see cref="SummitMetrics"/>, every
    /// <c>Telemetry:SampleInterval</c> (bound here too, so that a module hosted without the platform's defaults honours it).
    /// </summary>
    public static IServiceCollection AddStoreSampling<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : ServiceDbContext
    {
        services.AddSettings<TelemetrySettings>(configuration, "Telemetry");
        services.AddSummitMetrics();
        services.AddSingleton<IStoreProbe, StoreProbe<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoreSampler>());
        return services;
    }
}
