using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 22, point 1: drafts kept by the previous version survive, paragraph by paragraph. The database is the
/// previous version's: its schema made by the migrations that version had (the Baseline, which this change leaves as
/// it was), its rows written as that version wrote them (whole texts, no paragraphs). Starting the service applies
/// the new migration and splits every version, English and Russian paired by place, ids kept from version to version.
/// </summary>
public sealed class WholeTextMigrationTests
{
    private const string Baseline = "20261204191413_Baseline";

    [Fact]
    public async Task Drafts_of_the_previous_version_are_split_into_paragraphs_at_start_and_nothing_is_lost()
    {
        var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "statements.db");
        var (draft, adopted, meeting) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string v1 = "# Title\n\nThe parties met.\n\nThey agreed on water.";
        const string v2 = "# Title\n\nThe parties met in Tashkent.\n\nThey agreed on water.\n\nThey will meet again.";
        const string ru = "# Заголовок\n\nСтороны встретились.";
        var hash = StatementText.ContentHash("Adopted.\n\nText.", "Принято.\n\nТекст.");
        await PreviousVersionDatabaseAsync(file, async connection =>
        {
            await StatementAsync(connection, draft, meeting, "Drafting", null, null);
            await VersionAsync(connection, draft, 1, v1, ru);
            await VersionAsync(connection, draft, 2, v2, ru);
            await StatementAsync(connection, adopted, meeting, "Adopted", 1, hash);
            await VersionAsync(connection, adopted, 1, "Adopted.\n\nText.", "Принято.\n\nТекст.");
        });

        await using var module = await ModuleHarness.StartAsync(new StatementsModule(), dataDirectory: directory, services: s => s.AddAuthorization(Policies.Configure));
        var (split, kept) = await module.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<StatementsDbContext>();
            return (await db.Statements.AsNoTracking().SingleAsync(s => s.Id == draft), await db.Statements.AsNoTracking().SingleAsync(s => s.Id == adopted));
        });

        var (first, second) = (split.VersionAt(1).Paragraphs, split.VersionAt(2).Paragraphs);
        Assert.Equal(["OP1", "OP2", "OP3"], first.Select(p => p.Number));
        Assert.Equal(["# Title", "The parties met.", "They agreed on water."], first.Select(p => p.English));
        Assert.Equal(["# Заголовок", "Стороны встретились.", null], first.Select(p => p.Russian));
        Assert.Equal(["OP1", "OP2", "OP3", "OP4"], second.Select(p => p.Number));
        // Unchanged and reworded paragraphs keep their ids from version 1; the new one has its own.
        Assert.Equal(first.Select(p => p.Id), second.Take(3).Select(p => p.Id));
        Assert.DoesNotContain(second[3].Id, first.Select(p => p.Id));
        Assert.Equal((v2, ru), (split.VersionAt(2).English, split.VersionAt(2).Russian));

        // The adopted text keeps its words and its hash, and now its paragraphs too.
        Assert.Equal(hash, kept.ContentHash);
        Assert.Equal(hash, StatementText.ContentHash(kept.Frozen!.English, kept.Frozen.Russian));
        Assert.Equal(["Adopted.", "Text."], kept.Frozen.Paragraphs.Select(p => p.English));
        Assert.Equal(["Принято.", "Текст."], kept.Frozen.Paragraphs.Select(p => p.Russian));

        // The draft's readiness leaves for Consensus: its Russian lacks OP3 and OP4, so it may not be put to the decision yet.
        Assert.Equal(["OP3", "OP4"], split.Blocking().Select(b => b.Number));
        var outbox = await module.WithScope(sp => sp.GetRequiredService<StatementsDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.Contains(nameof(StatementReadinessChanged))).Select(m => m.Payload).ToListAsync());
        Assert.Contains(outbox, p => p.Contains(draft.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(outbox, p => p.Contains(adopted.ToString(), StringComparison.OrdinalIgnoreCase));

        // A second start finds nothing left to split.
        Assert.Equal(0, await module.WithScope(sp => Paragraphs.WholeTextSplit.RunAsync(sp.GetRequiredService<StatementsDbContext>(), TimeProvider.System, CancellationToken.None)));
    }

    /// <summary>The previous version's schema: the migrations up to and including the Baseline; then its rows, as that version wrote them.</summary>
    private static async Task PreviousVersionDatabaseAsync(string file, Func<SqliteConnection, Task> fill)
    {
        await using (var db = new SqliteStatementsDbContext(new DbContextOptionsBuilder<SqliteStatementsDbContext>().UseSqlite($"Data Source={file}").Options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Baseline);
            Assert.Equal([Baseline], await db.Database.GetAppliedMigrationsAsync());
        }

        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await fill(connection);
    }

    private static Task StatementAsync(SqliteConnection connection, Guid id, Guid meeting, string status, int? adoptedVersion, string? hash) =>
        ExecuteAsync(connection, """
            INSERT INTO Statements (Id, MeetingId, Kind, Title, Status, CreatedBy, CreatedUtc, AdoptedVersion, ContentHash, Signatories, AdoptedUtc, Version)
            VALUES ($id, $meeting, 'JointStatement', 'Joint statement', $status, 'secretariat-staff', '2026-11-01 10:00:00', $adopted, $hash, '[]',
                    CASE WHEN $adopted IS NULL THEN NULL ELSE '2026-11-02 10:00:00' END, 3)
            """, ("$id", id), ("$meeting", meeting), ("$status", status), ("$adopted", adoptedVersion), ("$hash", hash));

    private static Task VersionAsync(SqliteConnection connection, Guid statement, int number, string english, string? russian) =>
        ExecuteAsync(connection, """
            INSERT INTO StatementVersions (Number, StatementId, English, EnglishHtml, Russian, RussianHtml, CreatedUtc, Author)
            VALUES ($number, $statement, $english, $englishHtml, $russian, $russianHtml, '2026-11-01 10:00:00', 'secretariat-staff')
            """, ("$number", number), ("$statement", statement), ("$english", english), ("$englishHtml", StatementText.ToHtml(english)), ("$russian", russian),
            ("$russianHtml", russian is null ? null : StatementText.ToHtml(russian)));

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            // EF Core keeps Guids on SQLite as upper-case text.
            command.Parameters.AddWithValue(name, value switch { Guid g => g.ToString().ToUpperInvariant(), null => DBNull.Value, _ => value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
