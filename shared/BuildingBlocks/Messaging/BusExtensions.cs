using MassTransit;

namespace SummitCoordination.BuildingBlocks.Messaging;

public static class BusExtensions
{
    /// <summary>One bus per process, on the transport that <c>Bus:Transport</c> names, with every module's consumers.</summary>
    public static IServiceCollection AddSummitBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        services.AddSettings<BusSettings>(configuration, "Bus");
        var transport = BusSettings.TransportFrom(configuration);
        if (transport == BusTransport.RabbitMq)
        {
            services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        }
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            addConsumers(x);
            if (transport == BusTransport.RabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = context.GetRequiredService<IOptions<BusSettings>>().Value.RabbitMq;
                    cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    cfg.UseNamedEnums();
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.UseNamedEnums();
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return services;
    }

    /// <summary>
    /// Statuses and kinds travel by name ("Blocked", not 1), as the HTTP API and the outbox write them: a message stays
    /// readable, and a member added to an enum never shifts the meaning of another.
    /// </summary>
    public static void UseNamedEnums(this IBusFactoryConfigurator cfg) =>
        cfg.ConfigureJsonSerializerOptions(options =>
        {
            if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            {
                options.Converters.Add(new JsonStringEnumConverter());
            }

            return options;
        });
}
