using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SummitCoordination.TestTools;

/// <summary>
/// Where a benchmark's services keep their data: SQLite files by default; with <c>SUMMIT_BENCH_POSTGRES</c> set (an Npgsql
/// connection string without a database, as <c>deploy/postgres/postgres.sh url</c> prints it), a fresh PostgreSQL
/// database per service per run (<c>bench_&lt;8 hex&gt;_&lt;service&gt;</c>), so that runs never see each other's data.
/// </summary>
internal static class BenchDatabase
{
    public const string Variable = "SUMMIT_BENCH_POSTGRES";

    public static string? Server { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>For the benchmarks' table headings.</summary>
    public static string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    private static readonly string Run = $"bench_{Guid.NewGuid():N}"[..14];

    /// <summary>The run's PostgreSQL database of a service (made by the service at start, or by <see cref="CreateAsync"/>).</summary>
    public static string ConnectionString(string service) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseOf(service) }.ConnectionString;

    private static string DatabaseOf(string service) => $"{Run}_{service.ToLowerInvariant()}";

    /// <summary>
    /// The settings that point a host's services at the run's databases, as deploy/distributed.sh sets them (keys joined
    /// with <paramref name="separator"/>: ":" for configuration, "__" for environment variables); none on SQLite.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> HostSettings(string separator, params string[] services) =>
        !IsPostgres
            ? []
            : [new($"Database{separator}Provider", "PostgreSql"), .. services.Select(s => new KeyValuePair<string, string?>($"ConnectionStrings{separator}{s}", ConnectionString(s)))];

    /// <summary>A connection to a service's database: the run's PostgreSQL database, or else the SQLite file.</summary>
    public static DbConnection Connect(string service, string sqliteFile) =>
        IsPostgres ? new NpgsqlConnection(ConnectionString(service)) : new SqliteConnection($"Data Source={sqliteFile}");

    /// <summary>Makes the run's PostgreSQL database of a service that no host makes itself (nothing to do on SQLite).</summary>
    public static async Task CreateAsync(string service)
    {
        if (IsPostgres)
        {
            await using var connection = await OpenServerAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseOf(service)}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Drops every PostgreSQL database of this run (nothing to do on SQLite).</summary>
    public static async Task DropAsync()
    {
        if (!IsPostgres)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenServerAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Run}\\_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
