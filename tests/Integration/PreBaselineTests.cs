using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Consensus;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Scheduling;
using SummitCoordination.Scheduling.Persistence;
using SummitCoordination.Statements;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 20, point 6: each service's migrations were squashed into one <c>Baseline</c> per provider. A database made by
/// the migrations before the squash (PreBaseline/, scripts generated from them at the last commit that had them) is
/// recognised when its service starts: its history becomes the baseline alone, its data stays, and the schema is what
/// the model expects. One stopped earlier in the old history is refused with a message that says what to do.
/// </summary>
public sealed class PreBaselineTests
{
    public static TheoryData<string> Services => new() { "Scheduling", "Consensus", "Statements" };

    /// <summary>The services whose PostgreSQL migrations were more than one before the squash (the others had only Initial).</summary>
    public static TheoryData<string> PostgreSqlPartial => new() { "Consensus" };

    private static ServiceModule Module(string service) => service switch
    {
        "Scheduling" => new SchedulingModule(),
        "Consensus" => new ConsensusModule(),
        "Statements" => new StatementsModule(),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static Type Context(string service) => service switch
    {
        "Scheduling" => typeof(SchedulingDbContext),
        "Consensus" => typeof(ConsensusDbContext),
        "Statements" => typeof(StatementsDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>A row of the service's own data, written as the old version's schema takes it (the same SQL on both providers).</summary>
    private static (string Insert, string Count) Row(string service) => service switch
    {
        "Scheduling" => ("""
            INSERT INTO "Notifications" ("Id", "Party", "MeetingId", "Kind", "Message", "CreatedUtc")
            VALUES ('6f1c2a3e-0d4b-4f57-9a61-2b7f0c9d8e11', 'KAZ', '0b5e7d6c-1a2b-4c3d-8e9f-a0b1c2d3e4f5', 'MeetingScheduled', 'Made before the baseline', '2026-11-30 10:00:00')
            """, """SELECT COUNT(*) FROM "Notifications" WHERE "Message" = 'Made before the baseline' AND "Party" = 'KAZ'"""),
        "Consensus" => ("""
            INSERT INTO "AgendaItemHistory" ("Id", "AtUtc", "Kind", "Party", "Detail", "Note", "Actor", "MeetingId", "ItemId")
            VALUES (4242, '2026-11-30 10:00:00', 'Proposed', 'SECRETARIAT', NULL, 'Made before the baseline', 'secretariat', NULL, NULL)
            """, """SELECT COUNT(*) FROM "AgendaItemHistory" WHERE "Id" = 4242 AND "Note" = 'Made before the baseline'"""),
        "Statements" => ("""
            INSERT INTO "SlugCounters" ("Base", "Last") VALUES ('2026-astana-made-before-the-baseline', 7)
            """, """SELECT COUNT(*) FROM "SlugCounters" WHERE "Base" = '2026-astana-made-before-the-baseline' AND "Last" = 7"""),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static string Script(string service, string provider, string chain) =>
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Integration", "PreBaseline", $"{service.ToLowerInvariant()}-{provider}-{chain}.sql"));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_SQLite_database_made_before_the_baseline_adopts_it_at_start_and_keeps_its_data(string service)
    {
        var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, $"{service.ToLowerInvariant()}.db");
        await RunSqliteAsync(file, Script(service, "sqlite", "full"), Row(service).Insert);

        await using var module = await ModuleHarness.StartAsync(Module(service), dataDirectory: dir);

        await AssertAdoptedAsync(module, service);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_PostgreSQL_database_made_before_the_baseline_adopts_it_at_start_and_keeps_its_data(string service)
    {
        using var databases = new PostgreSqlDatabases();
        await RunPostgreSqlAsync(databases, service, Script(service, "postgresql", "full"), Row(service).Insert);

        await using var module = await ModuleHarness.StartAsync(Module(service), PostgreSql(databases, service));

        await AssertAdoptedAsync(module, service);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_SQLite_database_stopped_earlier_in_the_old_migrations_is_refused_with_what_to_do(string service)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, $"{service.ToLowerInvariant()}.db");
        await RunSqliteAsync(file, Script(service, "sqlite", "partial"));
        var before = await HistoryAsync(new SqliteConnection($"Data Source={file};Pooling=False"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ModuleHarness.StartAsync(Module(service), new Dictionary<string, string?>
        {
            ["ConnectionStrings:" + service] = $"Data Source={file};Pooling=False",
        }));

        AssertRefusal(refused, before[^1], file);
        Assert.Equal(before, await HistoryAsync(new SqliteConnection($"Data Source={file};Pooling=False")));
    }

    [Theory]
    [MemberData(nameof(PostgreSqlPartial))]
    public async Task A_PostgreSQL_database_stopped_earlier_in_the_old_migrations_is_refused_with_what_to_do(string service)
    {
        using var databases = new PostgreSqlDatabases();
        await RunPostgreSqlAsync(databases, service, Script(service, "postgresql", "partial"));
        var before = await HistoryAsync(new NpgsqlConnection(databases.ConnectionString(service)));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ModuleHarness.StartAsync(Module(service), PostgreSql(databases, service)));

        AssertRefusal(refused, before[^1], databases.DatabaseOf(service));
        Assert.Equal(before, await HistoryAsync(new NpgsqlConnection(databases.ConnectionString(service))));
    }

    private static void AssertRefusal(InvalidOperationException refused, string last, string database)
    {
        Assert.Contains(database, refused.Message);
        Assert.Contains($"its migrations end at {last}", refused.Message);
        Assert.Contains($"Start commit {SquashedMigrations.LastCommitBefore} of SummitCoordination once against this database", refused.Message);
        Assert.Contains("delete the database", refused.Message);
    }

    private static async Task AssertAdoptedAsync(ModuleHarness module, string service)
    {
        await using var scope = module.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(Context(service));
        // The baseline first, then the migrations added on top of it since (issue 22's Paragraphs): all applied at start.
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.EndsWith("_Baseline", migrations[0]);
        Assert.Single(migrations, m => m.EndsWith("_Baseline", StringComparison.Ordinal));

        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"{service}: the model has changes that the baseline lacks.");
        Assert.Equal(1L, Convert.ToInt64(await ScalarAsync(db, Row(service).Count)));

        // Every column of every table the model maps is there, under the name and in the table the model expects.
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindOwnership() is null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().Select(c => sql.DelimitIdentifier(c));
            await ScalarAsync(db, $"SELECT {string.Join(", ", columns)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE 1 = 0");
        }
    }

    private static async Task<object?> ScalarAsync(DbContext db, string query)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            return await command.ExecuteScalarAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Dictionary<string, string?> PostgreSql(PostgreSqlDatabases databases, string service) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:" + service] = databases.ConnectionString(service),
    };

    private static async Task RunSqliteAsync(string file, params string[] scripts)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await ExecuteAsync(connection, scripts);
    }

    private static async Task RunPostgreSqlAsync(PostgreSqlDatabases databases, string service, params string[] scripts)
    {
        await using (var server = new NpgsqlConnection($"{databases.Server};Database=postgres"))
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{databases.DatabaseOf(service)}\"");
        }

        await using var connection = new NpgsqlConnection(databases.ConnectionString(service));
        await ExecuteAsync(connection, scripts);
    }

    private static async Task ExecuteAsync(DbConnection connection, params string[] scripts)
    {
        await connection.OpenAsync();
        foreach (var script in scripts)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<List<string>> HistoryAsync(DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """;
            var ids = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }
}
