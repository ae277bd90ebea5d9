namespace SummitCoordination.BuildingBlocks.Messaging;

public static class OutboxExtensions
{
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : ServiceDbContext
    {
        services.AddSettings<OutboxOptions>(configuration, "Outbox");
        services.AddStoreSampling<TContext>(configuration);
        services.TryAddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}
