using Microsoft.EntityFrameworkCore.Design;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>Options for the EF tools and for script generation; no connection is opened to build them.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string service) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite($"Data Source={service.ToLowerInvariant()}.db").Options;

    public static DbContextOptions<T> SqlServer<T>(string service) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlServer($"Server=localhost;Database=Summit{service};Trusted_Connection=True;TrustServerCertificate=True").Options;

    public static DbContextOptions<T> PostgreSql<T>(string service) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql($"Host=localhost;Database=summit_{service.ToLowerInvariant()}").Options;
}

/// <summary>
/// How the EF tools build one provider's context of a service, with the options above: a service declares one per provider
/// (<c>sealed class SqliteXDesignTimeFactory() : DesignTimeFactory&lt;SqliteXDbContext&gt;(...)</c>), as the tools find factories by type.
/// </summary>
public abstract class DesignTimeFactory<TContext>(DatabaseProvider provider, string service, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => create(provider switch
    {
        DatabaseProvider.Sqlite => DesignTimeOptions.Sqlite<TContext>(service),
        DatabaseProvider.SqlServer => DesignTimeOptions.SqlServer<TContext>(service),
        _ => DesignTimeOptions.PostgreSql<TContext>(service),
    });
}
