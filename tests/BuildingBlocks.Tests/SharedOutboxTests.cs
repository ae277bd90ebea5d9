using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 21, point 2: two instances of a service on one PostgreSQL database drain one outbox, and no row is published
/// twice or out of its aggregate's order, because each batch has one leader (<see cref="OutboxLeader"/>).
/// </summary>
public sealed class SharedOutboxTests : IAsyncLifetime
{
    private readonly string _database = $"summit_outbox_{Guid.NewGuid():N}"[..32];
    private string _server = "";

    private string ConnectionString => $"{_server};Database={_database}";

    private TestDb Db() => new(new DbContextOptionsBuilder<TestDb>().UseNpgsql(ConnectionString).Options);

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("SUMMIT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("SUMMIT_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL cluster.");
        await using var db = Db();
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{_server};Database=postgres");
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static BodyChanged AnEvent(Guid aggregate, int number) =>
        new(aggregate, $"{number:D4}", Layer.WorkingGroup, Track.WaterEnergy, "C5", null, null, DecisionRuleSettings.Consensus, 120, DateTime.UtcNow);

    private async Task<List<BodyChanged>> WriteAsync(int count, int aggregates)
    {
        var ids = Enumerable.Range(0, aggregates).Select(_ => Guid.NewGuid()).ToArray();
        var events = Enumerable.Range(0, count).Select(i => AnEvent(ids[i % aggregates], i)).ToList();
        await using var db = Db();
        foreach (var chunk in events.Chunk(50))
        {
            foreach (var e in chunk)
            {
                db.Raise(e, DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        return events;
    }

    /// <summary>The names of the outbox's events in the order of their rows (what the outbox promises to keep).</summary>
    private async Task<List<string>> WrittenOrderAsync()
    {
        await using var db = Db();
        var rows = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        return rows.Select(r => System.Text.Json.JsonSerializer.Deserialize<BodyChanged>(r.Payload, MessageJson.Options)!.Name).ToList();
    }

    /// <summary>One instance's dispatcher, as <see cref="OutboxDispatcher{TContext}"/> runs it, until the outbox is empty.</summary>
    private async Task DrainAsync(Recorder endpoint, Task go)
    {
        var publisher = new OutboxPublisher(TimeProvider.System, new OutboxOptions { BatchSize = 25 });
        await go;
        while (true)
        {
            await using var db = Db();
            while (await publisher.PublishPendingAsync(db, endpoint, CancellationToken.None) > 0)
            {
            }

            if (!await db.OutboxMessages.AnyAsync(m => m.SentUtc == null))
            {
                return;
            }

            // The other instance leads: look again soon (the dispatcher waits for its poll interval).
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task Two_instances_draining_one_outbox_publish_each_of_300_rows_once_each_aggregate_in_the_order_written()
    {
        var events = await WriteAsync(300, aggregates: 6);
        var log = new PublishLog();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => DrainAsync(new Recorder("first", log), go.Task));
        var second = Task.Run(() => DrainAsync(new Recorder("second", log), go.Task));
        go.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromMinutes(2));

        var published = log.Entries;
        // Once each: nothing lost, nothing twice.
        Assert.Equal(events.Select(e => e.Name).Order(), published.Select(p => p.Message.Name).Order());
        // Across both instances, every aggregate's events left in the order of their rows: batches never overlapped
        // (aggregates of one batch go side by side, so the order holds per aggregate, issue 21.3).
        var written = await WrittenOrderAsync();
        foreach (var aggregate in published.GroupBy(p => p.Message.BodyId))
        {
            var names = aggregate.Select(p => p.Message.Name).ToList();
            Assert.Equal(written.Where(names.Contains), names);
            Assert.Equal(names.Order(), names);
        }

        await using var db = Db();
        Assert.All(await db.OutboxMessages.AsNoTracking().ToListAsync(), row =>
        {
            Assert.NotNull(row.SentUtc);
            Assert.Equal(1, row.Attempts);
        });
    }

    [Fact]
    public async Task An_instance_that_finds_another_leading_publishes_nothing_and_takes_over_once_it_is_done()
    {
        await WriteAsync(3, aggregates: 1);
        var log = new PublishLog();
        var publisher = new OutboxPublisher(TimeProvider.System, new OutboxOptions());
        await using var leader = Db();
        await using (var leading = await leader.Database.BeginTransactionAsync())
        {
            Assert.True(await OutboxLeader.TryLeadAsync(leader, DatabaseProvider.PostgreSql, CancellationToken.None));

            await using var other = Db();
            Assert.Equal(0, await publisher.PublishPendingAsync(other, new Recorder("other", log), CancellationToken.None));
            Assert.Empty(log.Entries);
            Assert.Equal(3, await other.OutboxMessages.CountAsync(m => m.SentUtc == null));
        }

        await using var after = Db();
        Assert.Equal(3, await publisher.PublishPendingAsync(after, new Recorder("other", log), CancellationToken.None));
        Assert.Equal(0, await after.OutboxMessages.CountAsync(m => m.SentUtc == null));
    }

    [Fact]
    public async Task A_failed_publication_keeps_the_marks_of_the_rows_before_it_and_lets_the_lock_go()
    {
        await WriteAsync(3, aggregates: 1);
        var log = new PublishLog();
        var publisher = new OutboxPublisher(TimeProvider.System, new OutboxOptions());
        await using (var db = Db())
        {
            await Assert.ThrowsAsync<OutboxPublishException>(() => publisher.PublishPendingAsync(db, new Recorder("failing", log) { FailOn = "0001" }, CancellationToken.None));
            Assert.Null(db.Database.CurrentTransaction);
        }

        await using (var db = Db())
        {
            var rows = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
            Assert.Equal([true, false, false], rows.Select(r => r.SentUtc is not null));
            Assert.Equal([1, 1, 0], rows.Select(r => r.Attempts));
            Assert.Equal(2, await publisher.PublishPendingAsync(db, new Recorder("next", log), CancellationToken.None));
        }

        Assert.Equal(["0000", "0001", "0002"], log.Entries.Select(p => p.Message.Name));
    }

    /// <summary>Every publication of both instances, in the one order they happened.</summary>
    private sealed class PublishLog
    {
        private readonly List<(string Instance, BodyChanged Message)> _entries = [];

        public void Add(string instance, BodyChanged message)
        {
            lock (_entries)
            {
                _entries.Add((instance, message));
            }
        }

        public List<(string Instance, BodyChanged Message)> Entries
        {
            get
            {
                lock (_entries)
                {
                    return [.. _entries];
                }
            }
        }
    }

    /// <summary>One instance's broker: records what the outbox publishes through it, and yields so the instances interleave.</summary>
    private sealed class Recorder(string instance, PublishLog log) : PublishOnlyEndpoint
    {
        public string? FailOn { get; init; }

        public override async Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        {
            var changed = (BodyChanged)message;
            if (changed.Name == FailOn)
            {
                throw new InvalidOperationException("Broker unreachable.");
            }

            log.Add(instance, changed);
            await Task.Yield();
        }
    }
}
