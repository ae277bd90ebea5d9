using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Messaging;

public static class OutboxExtensions
{
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : ServiceDbContext
    {
        services.TryAddSingleton(_ =>
        {
            var options = new OutboxOptions();
            configuration.GetSection("Outbox").Bind(options);
            return options;
        });
        services.TryAddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}
