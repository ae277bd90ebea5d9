using MassTransit;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Handlers;

namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>
/// One service (Scheduling, Consensus, Statements) as a unit that a host composes: its own host runs one,
/// the all-in-one host runs all three in one process on one bus.
/// </summary>
public abstract class ServiceModule
{
    /// <summary>The service's name: its database, its scheduler and its queue prefix.</summary>
    public abstract string Name { get; }

    public abstract void AddServices(IServiceCollection services, IConfiguration configuration);

    public abstract void AddConsumers(IBusRegistrationConfigurator bus);

    public abstract void MapEndpoints(IEndpointRouteBuilder app);

    /// <summary>Middleware of the module's own, after authentication and authorization, before the endpoints run.</summary>
    public virtual void UseMiddleware(IApplicationBuilder app)
    {
    }

    /// <summary>Pages worth opening in a browser (label, path), printed at start.</summary>
    public virtual IReadOnlyList<(string Label, string Path)> BrowseLinks => [];

    /// <summary>Where the module's links come in the start-up message: lower first.</summary>
    public virtual int BrowseOrder => 10;

    /// <summary>Brings the service's database up to date and seeds it; runs before anything else starts.</summary>
    public abstract Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>
    /// What every service with a database of its own adds the same way: that database on the configured provider (with its
    /// outbox and checks), its deadlines, and the validators and handlers of its assembly. Returns the database's settings.
    /// </summary>
    protected DatabaseSettings AddServiceBasics<TContext, TSqlite, TSqlServer, TPostgreSql>(IServiceCollection services, IConfiguration configuration)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgreSql : TContext
    {
        var database = services.AddServiceDatabase<TContext, TSqlite, TSqlServer, TPostgreSql>(configuration, Name);
        services.AddDeadlines(database, configuration);
        services.AddValidatorsFromAssembly(GetType().Assembly);
        services.AddHandlersFrom(GetType().Assembly);
        return database;
    }

    /// <summary>The service's database, brought up to its latest migration (see <see cref="DatabaseExtensions.MigrateAtStartAsync"/>).</summary>
    protected static async Task<TContext> MigratedAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TContext : ServiceDbContext
    {
        var db = services.GetRequiredService<TContext>();
        await db.MigrateAtStartAsync(cancellationToken);
        return db;
    }
}
