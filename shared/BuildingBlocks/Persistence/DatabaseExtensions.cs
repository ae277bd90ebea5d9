namespace SummitCoordination.BuildingBlocks.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Migrations are kept one set per provider
    /// (EF migrations carry provider column types), so each provider has its own derived context.
    /// Also registers the outbox dispatcher and the readiness check for that database.
    /// </summary>
    public static DatabaseSettings AddServiceDatabase<TContext, TSqlite, TSqlServer, TPostgreSql>(
        this IServiceCollection services, IConfiguration configuration, string service)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgreSql : TContext
    {
        var settings = DatabaseSettings.For(configuration, service);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<TContext, TSqlite>((sp, o) => o.UseSqlite(settings.ConnectionString)
                    .AddInterceptors([.. Interceptors(sp), SqliteSynchronous.Normal]));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TContext, TSqlServer>((sp, o) => o.UseSqlServer(settings.ConnectionString)
                    .AddInterceptors(Interceptors(sp)));
                break;
            default:
                services.AddDbContext<TContext, TPostgreSql>((sp, o) => o.UseNpgsql(settings.ConnectionString)
                    .AddInterceptors(Interceptors(sp)));
                // The server answers and is not a read-only standby (the store check below also writes-checks SQLite files).
                services.AddHealthChecks().AddNpgSql(settings.ConnectionString, "SELECT NOT pg_is_in_recovery()", name: $"{service.ToLowerInvariant()}-postgresql",
                    tags: ["ready"]);
                break;
        }

        // The outbox's wake-up, tracing, and whatever the service adds under its own key (an eviction after commit).
        IInterceptor[] Interceptors(IServiceProvider sp) =>
            [sp.GetRequiredService<OutboxSignal<TContext>>(), DatabaseTracing.Interceptor, .. sp.GetKeyedServices<IInterceptor>(service)];

        services.AddKeyedSingleton(service, settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOutbox<TContext>(configuration);
        services.AddHealthChecks().AddCheck<DbContextHealthCheck<TContext>>($"{service.ToLowerInvariant()}-db", tags: ["ready"]);
        services.AddSettings<RetrySettings>(configuration, "Messaging:Retry", retry => retry.ApplyDefaults());
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<MessageOperations<TContext>>(sp, service));
        services.AddKeyedScoped<IMessageOperations>(service.ToLowerInvariant(), (sp, _) => sp.GetRequiredService<MessageOperations<TContext>>());
        services.AddScoped<IMessageOperations>(sp => sp.GetRequiredService<MessageOperations<TContext>>());
        services.AddHealthChecks().AddCheck<ParkedMessagesHealthCheck<TContext>>($"{service.ToLowerInvariant()}-messages", tags: ["ready"]);
        return settings;
    }

    /// <summary>
    /// Brings a SQLite or PostgreSQL database up to the latest migration at start (a database made before the migrations'
    /// baseline first adopts it, or is refused, see <see cref="MigrationBaseline"/>); SQL Server is migrated by the scripts in
    /// deploy/sql. Two instances starting at once on one PostgreSQL database do not race: EF Core takes the database's
    /// migration lock, and the second finds nothing left to apply.
    /// </summary>
    public static async Task MigrateAtStartAsync(this ServiceDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await MigrateOneAtATimeAsync(db, cancellationToken);
            return;
        }

        if (!db.Database.IsSqlite())
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await MigrateOneAtATimeAsync(db, cancellationToken);

        // WAL lets readers, the outbox dispatcher and the Quartz store work beside a writer.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    // EF Core builds and finalizes the migrations' snapshot model lazily and caches it per process; two hosts
    // migrating at the same moment in one process (tests do this) can race on it, so migrations go one at a time.
    private static async Task MigrateOneAtATimeAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        await MigrationGate.WaitAsync(cancellationToken);
        try
        {
            await MigrationBaseline.AdoptAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            MigrationGate.Release();
        }
    }

    private static readonly SemaphoreSlim MigrationGate = new(1, 1);
}
