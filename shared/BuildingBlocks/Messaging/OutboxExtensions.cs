using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.BuildingBlocks.Telemetry;

namespace SummitCoordination.BuildingBlocks.Messaging;

public static class OutboxExtensions
{
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : ServiceDbContext
    {
        services.AddSettings<OutboxOptions>(configuration, "Outbox");
        services.AddStoreSampling<TContext>();
        services.TryAddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}
