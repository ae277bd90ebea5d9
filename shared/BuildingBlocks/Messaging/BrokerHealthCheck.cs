using System.Net.Sockets;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Whether the broker can be reached at all. MassTransit's own bus check looks at receive endpoints, so a service
/// that only publishes (Scheduling) stays "healthy" with the broker gone; this check opens a connection to the
/// broker's AMQP port and reports Unhealthy when it cannot, so readiness answers 503.
/// </summary>
public sealed class BrokerHealthCheck(BusSettings settings) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var rabbit = settings.RabbitMq;
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await client.ConnectAsync(rabbit.Host, rabbit.Port, timeout.Token);
            // A broker that has stopped its application closes the port; one that is up answers the AMQP greeting.
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var buffer = new byte[8];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return read > 0
                ? HealthCheckResult.Healthy($"RabbitMQ at {rabbit.Host}:{rabbit.Port} answers.")
                : HealthCheckResult.Unhealthy($"RabbitMQ at {rabbit.Host}:{rabbit.Port} closed the connection.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return HealthCheckResult.Unhealthy($"Cannot reach RabbitMQ at {rabbit.Host}:{rabbit.Port}: {e.Message}");
        }
    }
}
