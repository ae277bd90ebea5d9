using System.Data.Common;

namespace SummitCoordination.Statements.Publication;

/// <summary>
/// The last number given out for one slug base: <c>2025-astana-joint-statement</c> is number 1, the next statement of the
/// same year, city and kind <c>2025-astana-joint-statement-2</c>. Taking a number is one atomic upsert in the
/// publication's own transaction, so two publications at once can never pick the same slug (no unique-index failure,
/// no retry), and a publication that is rolled back gives its number back.
/// </summary>
public sealed class SlugCounter
{
    public required string Base { get; init; }

    public int Last { get; set; }

    /// <summary>
    /// The slug a publication in <paramref name="db"/>'s unit of work takes: the base if it is free, else the base with
    /// the next number. The caller's next save commits it (and the counter) together with the publication.
    /// </summary>
    public static async Task<string> TakeAsync(StatementsDbContext db, string slugBase, CancellationToken ct)
    {
        // What the rows published before the counter existed already reach ("base" is 1, "base-n" is n) seeds a base's
        // counter the first time it is used; after that the counter alone decides.
        var taken = await db.Published.Where(p => p.Slug == slugBase || p.Slug.StartsWith(slugBase + "-")).Select(p => p.Slug).ToListAsync(ct);
        var floor = 1 + taken.Select(slug => slug == slugBase ? 1 : int.TryParse(slug[(slugBase.Length + 1)..], out var n) ? n : 0).DefaultIfEmpty(0).Max();

        // Held until the caller's save: the counter's row stays locked until the slug it gave is committed with it.
        var transaction = await db.TransactionUntilSaveAsync(ct);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = db.Database.IsSqlServer()
            ? """
              MERGE [SlugCounters] WITH (HOLDLOCK) AS t
              USING (SELECT @base AS [Base]) AS s ON t.[Base] = s.[Base]
              WHEN MATCHED THEN UPDATE SET [Last] = t.[Last] + 1
              WHEN NOT MATCHED THEN INSERT ([Base], [Last]) VALUES (@base, @floor)
              OUTPUT inserted.[Last];
              """
            // SQLite (3.35+) and PostgreSQL share the upsert with RETURNING.
            : """
              INSERT INTO "SlugCounters" ("Base", "Last") VALUES (@base, @floor)
              ON CONFLICT ("Base") DO UPDATE SET "Last" = "SlugCounters"."Last" + 1
              RETURNING "Last";
              """;
        Add(command, "@base", slugBase);
        Add(command, "@floor", floor);
        var number = Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        return number <= 1 ? slugBase : $"{slugBase}-{number}";
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
