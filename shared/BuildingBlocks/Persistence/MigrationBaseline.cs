using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Each service's migrations were squashed into one <c>Baseline</c> per provider (<see cref="SquashedMigrations"/> lists
/// the ones it replaced). A database made before the squash, whose history holds the last replaced migration, has the
/// baseline's schema: its history is rewritten to the baseline alone, in one transaction, its data untouched, and later
/// migrations apply as usual. A database stopped earlier in the replaced history is refused with a message that says
/// what to do. SQLite and PostgreSQL databases are brought up at start (<see cref="AdoptAsync"/>); SQL Server ones by
/// the same step at the head of their deploy script (<see cref="SqlServerScript"/>).
/// </summary>
public static class MigrationBaseline
{
    private const string History = "__EFMigrationsHistory";

    /// <summary>A context's baseline migration and the migrations it replaced, in order (the last is the one it stands for).</summary>
    public sealed record Found(string Id, IReadOnlyList<string> Replaced)
    {
        public string Last => Replaced[^1];
    }

    /// <summary>The baseline of the context's migrations, or null when its migrations were never squashed.</summary>
    public static Found? Find(DbContext db)
    {
        var context = db.GetType().Name;
        if (SquashedMigrations.Of(context) is not { } replaced)
        {
            return null;
        }

        var first = db.GetService<IMigrationsAssembly>().Migrations.Keys.FirstOrDefault();
        return first is not null && first.EndsWith("_Baseline", StringComparison.Ordinal)
            ? new Found(first, replaced)
            : throw new InvalidOperationException($"{context} lists squashed migrations, but its first migration is {first ?? "missing"}, not a Baseline.");
    }

    /// <summary>Run before <c>Migrate</c>: adopts the baseline in a database made before it, or refuses one it cannot bring up.</summary>
    public static async Task AdoptAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (Find(db) is not { } found || !await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (!NeedsAdoption(found, applied, db))
        {
            return;
        }

        var history = db.GetService<IHistoryRepository>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Another instance starting at the same moment waits here, then finds the history already rewritten. (A SQLite
            // transaction begins IMMEDIATE: it holds the database's write lock from the start.)
            var lockHistory = "LOCK TABLE " + db.GetService<ISqlGenerationHelper>().DelimitIdentifier(History) + " IN ACCESS EXCLUSIVE MODE";
            await db.Database.ExecuteSqlRawAsync(lockHistory, cancellationToken);
        }

        applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (NeedsAdoption(found, applied, db))
        {
            foreach (var id in applied)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(found.Id, ProductInfo.GetVersion())), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>True when the history ends at the last replaced migration; throws when it holds others but not the baseline.</summary>
    private static bool NeedsAdoption(Found found, List<string> applied, DbContext db)
    {
        if (applied.Count == 0 || applied.Contains(found.Id))
        {
            return false;
        }

        if (!applied.Contains(found.Last))
        {
            var connection = db.Database.GetDbConnection();
            var name = db.Database.IsSqlite() ? connection.DataSource : $"{connection.Database} on {connection.DataSource}";
            throw new InvalidOperationException(Refusal(found, $"The database {name}", applied[^1]));
        }

        return true;
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
            -- Migrations up to {found.Last} were squashed into the baseline {found.Id}. A database whose history
            -- ends there has the schema of the baseline: its history becomes the baseline alone. One stopped earlier is refused.
            IF OBJECT_ID(N'[{History}]') IS NOT NULL
            BEGIN
                IF EXISTS (SELECT * FROM [{History}] WHERE [MigrationId] = N'{found.Last}')
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
        $"{found.Last} and can be adopted only by a database whose migrations end there. Start commit " +
        $"{SquashedMigrations.LastCommitBefore} of SummitCoordination once against this database (it applies the migrations up to " +
        $"{found.Last}), then start this version again; or, if its data may be lost (development), delete the database " +
        "(the SQLite file, or DROP DATABASE on a server) and this version creates it afresh.";
}
