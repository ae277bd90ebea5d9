using MassTransit;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>The background loop that drains one service's outbox onto the bus.</summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IServiceProvider services,
    OutboxSignal<TContext> signal,
    OutboxPublisher publisher,
    OutboxOptions options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        await BusStartedAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.PollInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                signal.Ignore(db);
                var bus = scope.ServiceProvider.GetRequiredService<IBus>();
                while (await publisher.PublishPendingAsync(db, bus, stoppingToken) > 0)
                {
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                // Back off while the broker or the database is away; nothing is lost, the rows wait.
                wait = TimeSpan.FromMilliseconds(Math.Min(30_000, options.PollInterval.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 5))));
                logger.LogWarning(ex, "Outbox of {Context} could not be drained (attempt {Attempt}); next try in {Wait}", typeof(TContext).Name, failures, wait);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The dispatcher starts before the bus (hosted services start in the order they were registered, the bus last), and
    /// a message published before the bus has bound its receive endpoints reaches no queue, yet would be marked sent:
    /// so nothing is published until the application has started and the bus reports its endpoints ready. A bus that
    /// is still not ready after <see cref="BusReadyWait"/> (a broker out of reach) is tried anyway: publishing then fails,
    /// the rows wait, and the loop backs off as in any outage.
    /// </summary>
    private async Task BusStartedAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (services.GetService<IHostApplicationLifetime>() is { } lifetime && !lifetime.ApplicationStarted.IsCancellationRequested)
            {
                var started = new TaskCompletionSource();
                await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
                await started.Task.WaitAsync(stoppingToken);
            }

            var bus = services.GetService<IBusControl>();
            var until = DateTime.UtcNow + BusReadyWait;
            while (bus is not null && bus.CheckHealth().Status != BusHealthStatus.Healthy && DateTime.UtcNow < until)
            {
                await Task.Delay(50, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static readonly TimeSpan BusReadyWait = TimeSpan.FromSeconds(30);
}
