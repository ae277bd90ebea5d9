namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>Registered as the first hosted service so that migrations and seed run before the bus, the outbox and Quartz start.</summary>
internal sealed class ModuleInitializer(IServiceScopeFactory scopes, IEnumerable<ServiceModule> modules) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            await using var scope = scopes.CreateAsyncScope();
            await module.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }

        // Parked messages whose re-drive deadline was lost in a crash get it back.
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var operations in scope.ServiceProvider.GetServices<Messaging.IMessageOperations>())
            {
                await operations.RestoreAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
