using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Scheduling.Persistence;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// SQL Server cannot run here, so its provider is checked by generation: the script per service under deploy/sql
/// (the baseline step, then EF's idempotent script) must be what the migrations generate today (UPDATE_SQL_SCRIPTS=1
/// rewrites them), and no provider's migrations may lag behind the model (PostgreSQL's also run for real: PostgreSqlTests).
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Services => new() { "Scheduling", "Consensus", "Statements" };

    private static DbContext SqlServer(string service) => service switch
    {
        "Scheduling" => new SqlServerSchedulingDbContext(DesignTimeOptions.SqlServer<SqlServerSchedulingDbContext>(service)),
        "Consensus" => new SqlServerConsensusDbContext(DesignTimeOptions.SqlServer<SqlServerConsensusDbContext>(service)),
        "Statements" => new SqlServerStatementsDbContext(DesignTimeOptions.SqlServer<SqlServerStatementsDbContext>(service)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static DbContext Sqlite(string service) => service switch
    {
        "Scheduling" => new SqliteSchedulingDbContext(DesignTimeOptions.Sqlite<SqliteSchedulingDbContext>(service)),
        "Consensus" => new SqliteConsensusDbContext(DesignTimeOptions.Sqlite<SqliteConsensusDbContext>(service)),
        "Statements" => new SqliteStatementsDbContext(DesignTimeOptions.Sqlite<SqliteStatementsDbContext>(service)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void The_committed_SQL_Server_script_is_what_the_migrations_generate(string service)
    {
        using var db = SqlServer(service);
        var script = MigrationBaseline.SqlServerScript(db).ReplaceLineEndings("\n");
        var path = Path.Combine(Repository.Root, "deploy", "sql", $"{service.ToLowerInvariant()}.sql");
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SCRIPTS") == "1")
        {
            File.WriteAllText(path, script);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with UPDATE_SQL_SCRIPTS=1.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == script,
            $"{path} has drifted from the migrations: run the tests with UPDATE_SQL_SCRIPTS=1 and commit the result.");
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("QRTZ_JOB_DETAILS", script);
        Assert.Contains("[OutboxMessages]", script);
    }

    private static DbContext PostgreSql(string service) => service switch
    {
        "Scheduling" => new PostgreSqlSchedulingDbContext(DesignTimeOptions.PostgreSql<PostgreSqlSchedulingDbContext>(service)),
        "Consensus" => new PostgreSqlConsensusDbContext(DesignTimeOptions.PostgreSql<PostgreSqlConsensusDbContext>(service)),
        "Statements" => new PostgreSqlStatementsDbContext(DesignTimeOptions.PostgreSql<PostgreSqlStatementsDbContext>(service)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void No_provider_has_model_changes_without_a_migration(string service)
    {
        using var sqlServer = SqlServer(service);
        using var sqlite = Sqlite(service);
        using var postgreSql = PostgreSql(service);
        Assert.False(sqlServer.Database.HasPendingModelChanges(), $"{service}: SQL Server migrations lag behind the model.");
        Assert.False(sqlite.Database.HasPendingModelChanges(), $"{service}: SQLite migrations lag behind the model.");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), $"{service}: PostgreSQL migrations lag behind the model (deploy/migrations/add.sh).");
    }
}
