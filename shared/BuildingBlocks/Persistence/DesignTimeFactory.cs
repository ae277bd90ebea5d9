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
