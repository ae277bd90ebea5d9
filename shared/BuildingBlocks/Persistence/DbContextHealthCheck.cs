using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SummitCoordination.BuildingBlocks.Persistence;

public sealed class DbContextHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{typeof(TContext).Name} cannot connect to its database.");
}
