using Microsoft.Extensions.Configuration;

namespace SummitCoordination.BuildingBlocks.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>Configuration <c>Bus:*</c>: the transport and, for RabbitMQ, where the broker is.</summary>
public sealed class BusSettings
{
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public RabbitMqSettings RabbitMq { get; set; } = new();

    public static BusSettings From(IConfiguration configuration)
    {
        var settings = new BusSettings();
        configuration.GetSection("Bus").Bind(settings);
        return settings;
    }
}

public sealed class RabbitMqSettings
{
    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";
}
