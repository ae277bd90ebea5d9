using Npgsql;

namespace SummitCoordination.TestSupport;

/// <summary>
/// Three fresh databases (one per service) on the private PostgreSQL cluster the test command starts
/// (deploy/postgres/postgres.sh; <c>SUMMIT_TEST_POSTGRES</c> holds its connection string without a database), and the
/// settings that point a <see cref="SummitApp"/> at them. Pass the same instance to a second app to restart on the same
/// data. The databases are dropped at the end, connections still open or not.
/// </summary>
public sealed class PostgreSqlDatabases : IDisposable
{
    public static readonly string[] Services = ["Scheduling", "Consensus", "Statements"];

    private readonly string _prefix = $"summit_{Guid.NewGuid():N}"[..20];

    public PostgreSqlDatabases()
    {
        Server = Environment.GetEnvironmentVariable("SUMMIT_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "SUMMIT_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL cluster, or start one with " +
                "deploy/postgres/postgres.sh start and export SUMMIT_TEST_POSTGRES=\"$(deploy/postgres/postgres.sh url)\".");
    }

    /// <summary>What every database name here begins with (<c>{Prefix}_scheduling</c>, ...; deploy/distributed.sh's SUMMIT_PG_DATABASE_PREFIX).</summary>
    public string Prefix => _prefix;

    /// <summary>The cluster's connection string, without a database.</summary>
    public string Server { get; }

    public string DatabaseOf(string service) => $"{_prefix}_{service.ToLowerInvariant()}";

    public string ConnectionString(string service) => $"{Server};Database={DatabaseOf(service)}";

    /// <summary>What a <see cref="SummitApp"/> needs to run every service on these databases (each migrates its own at start).</summary>
    public Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql" };
        foreach (var service in Services)
        {
            settings[$"ConnectionStrings:{service}"] = ConnectionString(service);
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var connection = new NpgsqlConnection($"{Server};Database=postgres");
            connection.Open();
            // And the web app's key database, which deploy/distributed.sh adds.
            foreach (var service in Services.Append("DataProtection"))
            {
                using var drop = connection.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseOf(service)}\" WITH (FORCE)";
                drop.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The cluster is gone already (the test command stops it and throws its directory away).
        }
    }
}
