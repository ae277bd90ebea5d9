using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>The background loop that drains one service's outbox onto the bus.</summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
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

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.PollInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
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
}
