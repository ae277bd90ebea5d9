using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// The leader's lock of each provider, read without a server (SQL Server cannot run here; PostgreSQL's lock at work is
/// in <see cref="SharedOutboxTests"/>).
/// </summary>
public sealed class OutboxLeaderTests
{
    private static TestDb On(Func<DbContextOptionsBuilder<TestDb>, DbContextOptionsBuilder<TestDb>> provider) =>
        new(provider(new DbContextOptionsBuilder<TestDb>()).Options);

    [Fact]
    public void SQL_Server_takes_an_exclusive_application_lock_owned_by_the_transaction_without_waiting()
    {
        using var db = On(o => o.UseSqlServer("Server=nowhere;Database=summit"));
        Assert.Equal(DatabaseProvider.SqlServer, OutboxLeader.LockedOn(db));
        Assert.Equal("SummitCoordination.Outbox:OutboxMessages", OutboxLeader.Resource(db));

        var sql = OutboxLeader.Statement(DatabaseProvider.SqlServer);
        Assert.Contains("EXEC @result = sp_getapplock @Resource = @resource", sql);
        Assert.Contains("@LockMode = 'Exclusive'", sql);
        // Released by the commit that marks the batch sent, never held past it; and a busy lock is an answer, not a wait.
        Assert.Contains("@LockOwner = 'Transaction'", sql);
        Assert.Contains("@LockTimeout = 0", sql);
        // 0 granted, 1 granted after a wait; -1 timed out, -2 cancelled, -3 deadlock victim, -999 a bad call.
        Assert.Contains("WHEN @result >= 0 THEN 1 ELSE 0", sql);
    }

    [Fact]
    public void PostgreSQL_tries_an_advisory_lock_of_the_transaction_under_a_key_that_every_version_derives_alike()
    {
        using var db = On(o => o.UseNpgsql("Host=nowhere;Database=summit"));
        Assert.Equal(DatabaseProvider.PostgreSql, OutboxLeader.LockedOn(db));
        Assert.Equal("SELECT pg_try_advisory_xact_lock(@key)", OutboxLeader.Statement(DatabaseProvider.PostgreSql));
        // Fixed: two versions side by side in a rolling upgrade must exclude each other.
        Assert.Equal(-3350053733413029929, OutboxLeader.KeyOf(OutboxLeader.Resource(db)));
    }

    [Fact]
    public void SQLite_takes_no_lock()
    {
        using var db = On(o => o.UseSqlite("Data Source=:memory:"));
        Assert.Null(OutboxLeader.LockedOn(db));
    }
}
