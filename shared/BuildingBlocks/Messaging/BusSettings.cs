using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>Configuration <c>Bus:*</c>: the transport and, for RabbitMQ, where the broker is.</summary>
public sealed class BusSettings
{
    [EnumDataType(typeof(BusTransport))]
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public RabbitMqSettings RabbitMq { get; set; } = new();

    /// <summary>Only the transport, read while the bus is registered (it decides what is registered); the rest through options.</summary>
    public static BusTransport TransportFrom(IConfiguration configuration) =>
        configuration.GetSection("Bus").GetValue("Transport", BusTransport.InMemory);
}

public sealed class RabbitMqSettings
{
    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public ushort Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "guest";

    [Required]
    public string Password { get; set; } = "guest";
}
