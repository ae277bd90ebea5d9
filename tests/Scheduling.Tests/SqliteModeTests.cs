using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Scheduling.Persistence;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 21, point 3: each service's SQLite file is in WAL mode and each of its connections at synchronous=NORMAL.</summary>
public sealed class SqliteModeTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private async Task<(string JournalMode, long Synchronous)> ModeAsync<TContext>()
        where TContext : DbContext
    {
        await fixture.App.Secretariat(); // started: migrated
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode;";
        var mode = (string)(await journal.ExecuteScalarAsync())!;
        await using var synchronous = connection.CreateCommand();
        synchronous.CommandText = "PRAGMA synchronous;";
        return (mode, (long)(await synchronous.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Every_services_database_is_in_WAL_mode_and_its_connections_at_synchronous_NORMAL()
    {
        foreach (var (journal, synchronous) in new[] { await ModeAsync<SchedulingDbContext>(), await ModeAsync<ConsensusDbContext>(), await ModeAsync<StatementsDbContext>() })
        {
            Assert.Equal("wal", journal);
            Assert.Equal(1, synchronous); // 0 OFF, 1 NORMAL, 2 FULL (SQLite's default)
        }
    }
}
