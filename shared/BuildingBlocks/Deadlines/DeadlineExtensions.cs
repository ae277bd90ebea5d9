using Quartz;

namespace SummitCoordination.BuildingBlocks.Deadlines;

public static class DeadlineExtensions
{
    /// <summary>
    /// A Quartz scheduler named after the service, its jobs kept in the service's own database so that a
    /// deadline survives a restart. The tables come from the service's migration (see <see cref="QuartzSchema"/>).
    /// Tuned by <see cref="DeadlineSettings"/> (section <c>Deadlines</c>, checked when the host starts) so that a burst of
    /// deadlines due at one instant drains without a stall and none of it is treated as misfired.
    /// </summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        services.AddSettings<DeadlineSettings>(configuration, "Deadlines");
        // Quartz takes its settings while the services are registered; the same section is checked again at start,
        // where a wrong value stops the host with a message naming its key.
        var settings = configuration.GetSection("Deadlines").Get<DeadlineSettings>() ?? new DeadlineSettings();
        services.AddSummitMetrics();
        services.AddQuartz(database.Service, q =>
        {
            // How late each deadline fires (summit.deadline.lateness, summit.deadline.late).
            q.AddJobListener<DeadlineTelemetry>([]);
            // Deadline jobs are short database transactions: a small pool keeps the store busy without queueing on it.
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = settings.ThreadCount);
            // Every trigger already due is taken in one round (one transaction, one lock) rather than one round each.
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.MaxBatchSize = settings.MaxBatchSize;
                scheduler.BatchTriggerAcquisitionFireAheadTimeWindow = settings.FireAheadWindow;
                scheduler.IdleWaitTime = settings.IdleWaitTime;
            });
            q.UsePersistentStore(store =>
            {
                // A backlog of due triggers is fired by the normal rounds as long as it is younger than the threshold; past it
                // the triggers wait for the misfire handler's next scan. The instruction stays FireNow (QuartzDeadlines).
                store.ConfigureStore(options =>
                {
                    options.MisfireThreshold = settings.MisfireThreshold;
                    options.MisfireHandlerFrequency = settings.MisfireScanInterval;
                });
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

                // A server database gives Quartz the row locks a cluster needs: every instance of a service shares its job
                // store, each deadline is taken by one of them, and the triggers an instance held when it died are
                // recovered by another (each instance gets a generated id). SQLite (one process per file) runs unclustered.
                if (database.Provider != DatabaseProvider.Sqlite)
                {
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(7.5);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
            });
        });
        services.AddQuartzHostedService(database.Service, o => o.WaitForJobsToComplete = true);
        services.AddKeyedSingleton<IDeadlines>(database.Service, (sp, key) =>
            new QuartzDeadlines(sp.GetRequiredKeyedService<ISchedulerFactory>(key)));
        return services;
    }
}
