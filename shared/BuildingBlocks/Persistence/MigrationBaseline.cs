using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Each service's migrations were squashed into one baseline per provider (<see cref="BaselineAttribute"/>). A
/// database made before the squash, whose history ends at the last replaced migration, has the baseline's schema:
/// its history is rewritten to the baseline alone, in one transaction, and later migrations apply as usual. A
/// database stopped earlier in the replaced history is refused with a message that says what to do. SQLite databases
/// are brought up at start (<see cref="AdoptAsync"/>); SQL Server ones by the same step at the head of their deploy
/// script (<see cref="SqlServerScript"/>).
/// </summary>
public static class MigrationBaseline
{
    private const string History = "__EFMigrationsHistory";

    public sealed record Found(string Id, BaselineAttribute Baseline);

    /// <summary>The baseline among the context's migrations, or null when its migrations were never squashed.</summary>
    public static Found? Find(DbContext db) =>
        db.GetService<IMigrationsAssembly>().Migrations
            .Select(m => m.Value.GetCustomAttribute<BaselineAttribute>() is { } baseline ? new Found(m.Key, baseline) : null)
            .SingleOrDefault(f => f is not null);

    /// <summary>Run before <c>Migrate</c>: adopts the baseline in a database made before it, or refuses one it cannot bring up.</summary>
    public static async Task AdoptAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (Find(db) is not { } found)
        {
            return;
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count == 0 || applied.Contains(found.Id))
        {
            return;
        }

        if (!applied.Contains(found.Baseline.Replaces))
        {
            throw new InvalidOperationException(Refusal(found, $"The database {db.Database.GetDbConnection().DataSource}", applied[^1]));
        }

        var history = db.GetService<IHistoryRepository>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in applied)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(found.Id, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The deploy script of a SQL Server database: the baseline step (adopt or refuse), then EF's idempotent script,
    /// which applies only the migrations the database lacks.
    /// </summary>
    public static string SqlServerScript(DbContext db) =>
        SqlServerPrologue(db) + db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    private static string SqlServerPrologue(DbContext db)
    {
        if (Find(db) is not { } found)
        {
            return "";
        }

        // The message is a T-SQL literal with the database's name and its last migration spliced in.
        var refusal = Refusal(found, "The database \u0001", "\u0002").Replace("'", "''", StringComparison.Ordinal)
            .Replace("\u0001", "' + DB_NAME() + N'", StringComparison.Ordinal)
            .Replace("\u0002", "' + (SELECT MAX([MigrationId]) FROM [" + History + "]) + N'", StringComparison.Ordinal);
        return $"""
            -- Migrations up to {found.Baseline.Replaces} were squashed into the baseline {found.Id}. A database whose history
            -- ends there has the schema of the baseline: its history becomes the baseline alone. One stopped earlier is refused.
            IF OBJECT_ID(N'[{History}]') IS NOT NULL
            BEGIN
                IF EXISTS (SELECT * FROM [{History}] WHERE [MigrationId] = N'{found.Baseline.Replaces}')
                BEGIN
                    BEGIN TRANSACTION;
                    DELETE FROM [{History}];
                    INSERT INTO [{History}] ([MigrationId], [ProductVersion]) VALUES (N'{found.Id}', N'{ProductInfo.GetVersion()}');
                    COMMIT;
                END
                ELSE IF EXISTS (SELECT * FROM [{History}]) AND NOT EXISTS (SELECT * FROM [{History}] WHERE [MigrationId] = N'{found.Id}')
                BEGIN
                    DECLARE @refusal nvarchar(2048) = N'{refusal}';
                    THROW 50000, @refusal, 1;
                END
            END;
            GO


            """.ReplaceLineEndings("\n");
    }

    private static string Refusal(Found found, string database, string last) =>
        $"{database} was made by an older version of this service, and this version cannot bring it up: its migrations " +
        $"end at {last}, while this version's begin with the baseline {found.Id}, which stands in for the migrations up to " +
        $"{found.Baseline.Replaces} and can be adopted only by a database whose migrations end there. Run commit " +
        $"{found.Baseline.LastCommitBefore} of SummitCoordination once against this database (it applies the migrations up to " +
        $"{found.Baseline.Replaces}), then start this version again; or, if its data may be lost (development), delete the database.";
}
