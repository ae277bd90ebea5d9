using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.BuildingBlocks.Telemetry;

namespace SummitCoordination.BuildingBlocks.Deadlines;

public static class DeadlineExtensions
{
    /// <summary>
    /// A Quartz scheduler named after the service, its jobs kept in the service's own database so that a
    /// deadline survives a restart. The tables come from the service's migration (see <see cref="QuartzSchema"/>).
    /// </summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSummitMetrics();
        services.AddQuartz(database.Service, q =>
        {
            // How late each deadline fires (summit.deadline.lateness, summit.deadline.late).
            q.AddJobListener<DeadlineTelemetry>([]);
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Sqlite:
                        store.UseSqlite(database.ConnectionString);
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(database.ConnectionString);
                        break;
                    default:
                        store.UsePostgres(database.ConnectionString);
                        break;
                }
            });
        });
        services.AddQuartzHostedService(database.Service, o => o.WaitForJobsToComplete = true);
        services.AddKeyedSingleton<IDeadlines>(database.Service, (sp, key) =>
            new QuartzDeadlines(sp.GetRequiredKeyedService<ISchedulerFactory>(key)));
        return services;
    }
}
