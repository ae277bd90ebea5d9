namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Where one service keeps its data: <c>Database:Provider</c> (Sqlite | SqlServer | PostgreSql) and the connection string
/// <c>ConnectionStrings:{Service}</c>. On SQLite the default is a file under <c>Database:DataDirectory</c> (./data).
/// </summary>
public sealed record DatabaseSettings(string Service, DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings For(IConfiguration configuration, string service)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(service);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"ConnectionStrings:{service} is required when Database:Provider is {provider}.");
            }

            var directory = configuration["Database:DataDirectory"] ?? "data";
            connectionString = $"Data Source={Path.Combine(directory, service.ToLowerInvariant() + ".db")}";
        }

        return new DatabaseSettings(service, provider, connectionString);
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{value}' is not one of Sqlite, SqlServer, PostgreSql.");
    }
}
