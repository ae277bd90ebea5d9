using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SummitCoordination.BuildingBlocks.Messaging;

public static class BusExtensions
{
    /// <summary>One bus per process, on the transport that <c>Bus:Transport</c> names, with every module's consumers.</summary>
    public static IServiceCollection AddSummitBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        var settings = BusSettings.From(configuration);
        services.AddSingleton(settings);
        if (settings.Transport == BusTransport.RabbitMq)
        {
            services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        }
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            addConsumers(x);
            if (settings.Transport == BusTransport.RabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = settings.RabbitMq;
                    cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
