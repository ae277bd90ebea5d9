using MassTransit;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 21, point 3: the outbox publishes the aggregates of a batch side by side, each aggregate's rows one after another
/// in the order they were written; a failure holds back only its own aggregate; nothing goes twice.
/// </summary>
public sealed class OutboxPipeliningTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = new TestDb(TestDb.Options(Path.Combine(_dir.Path, "outbox.db")));
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _dir.Dispose();
    }

    private static OutboxPublisher Publisher(int concurrency = 32) =>
        new(TimeProvider.System, new OutboxOptions { PublishTimeout = TimeSpan.FromMinutes(1), PublishConcurrency = concurrency });

    /// <summary>Writes <paramref name="perAggregate"/> events of each aggregate, interleaved (a0 b0 c0 a1 b1 c1 ...).</summary>
    private async Task WriteAsync(IReadOnlyList<string> aggregates, int perAggregate)
    {
        var ids = aggregates.ToDictionary(a => a, _ => Guid.NewGuid());
        for (var i = 0; i < perAggregate; i++)
        {
            foreach (var aggregate in aggregates)
            {
                _db.Raise(new BodyChanged(ids[aggregate], $"{aggregate}{i}", Layer.WorkingGroup, Track.WaterEnergy, "C5", null, null,
                    DecisionRuleSettings.Consensus, 120, DateTime.UtcNow), DateTime.UtcNow);
            }
        }

        await _db.SaveChangesAsync();
    }

    private static List<string> Of(IEnumerable<string> published, string aggregate) =>
        published.Where(name => name.StartsWith(aggregate, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Aggregates_publish_side_by_side_while_one_waits_for_its_confirm_and_each_keeps_its_order()
    {
        await WriteAsync(["a", "b", "c"], perAggregate: 5);
        var broker = new GatedBroker();
        var a0 = broker.Hold("a0");

        var batch = Publisher().PublishPendingAsync(_db, broker, CancellationToken.None);

        // a0 is in flight and unconfirmed: b and c go on meanwhile, a goes no further.
        await a0.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.Until(() => Task.FromResult(Of(broker.Published, "b").Count == 5 && Of(broker.Published, "c").Count == 5),
            what: "b and c published while a0 waits for its confirm");
        Assert.Empty(Of(broker.Published, "a"));
        Assert.Equal(["a0"], Of(broker.Started, "a"));
        Assert.False(batch.IsCompleted);

        a0.Confirm();
        Assert.Equal(15, await batch.WaitAsync(TimeSpan.FromSeconds(30)));

        foreach (var aggregate in new[] { "a", "b", "c" })
        {
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{aggregate}{i}"), Of(broker.Published, aggregate));
        }

        Assert.Equal(0, await _db.OutboxMessages.CountAsync(m => m.SentUtc == null));
        Assert.All(await _db.OutboxMessages.AsNoTracking().ToListAsync(), row => Assert.Equal(1, row.Attempts));
    }

    [Fact]
    public async Task A_failed_publish_holds_back_the_later_rows_of_its_aggregate_and_no_other_and_nothing_goes_twice()
    {
        await WriteAsync(["a", "b"], perAggregate: 3);
        var broker = new GatedBroker { FailOn = "a1" };
        var publisher = Publisher();

        await Assert.ThrowsAsync<OutboxPublishException>(() => publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        Assert.Equal(["a0"], Of(broker.Published, "a"));
        Assert.Equal(["b0", "b1", "b2"], Of(broker.Published, "b"));

        var rows = (await _db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
            .ToDictionary(r => System.Text.Json.JsonSerializer.Deserialize<BodyChanged>(r.Payload, Persistence.MessageJson.Options)!.Name);
        Assert.NotNull(rows["a0"].SentUtc);
        Assert.Null(rows["a1"].SentUtc);
        Assert.Equal(1, rows["a1"].Attempts);
        Assert.Contains("Broker refused", rows["a1"].LastError);
        Assert.Null(rows["a2"].SentUtc);
        Assert.Equal(0, rows["a2"].Attempts);
        Assert.All(new[] { "b0", "b1", "b2" }, name => Assert.NotNull(rows[name].SentUtc));

        // The next round takes a up where it stopped, in order; then there is nothing left.
        broker.FailOn = null;
        Assert.Equal(2, await publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        Assert.Equal(0, await publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        Assert.Equal(["a0", "a1", "a2"], Of(broker.Published, "a"));
        // Each row once, across both rounds.
        Assert.Equal(6, broker.Published.Count);
        Assert.Equal(6, broker.Published.Distinct().Count());
        Assert.Equal(0, await _db.OutboxMessages.CountAsync(m => m.SentUtc == null));
    }

    [Fact]
    public async Task No_more_aggregates_than_the_setting_publish_at_once()
    {
        await WriteAsync(["a", "b", "c", "d", "e"], perAggregate: 4);
        var broker = new GatedBroker();

        Assert.Equal(20, await Publisher(concurrency: 2).PublishPendingAsync(_db, broker, CancellationToken.None));

        Assert.InRange(broker.MostInFlight, 1, 2);
        Assert.Equal(20, broker.Published.Count);
    }

    [Fact]
    public async Task Events_of_one_aggregate_share_a_key_and_every_published_contract_has_one()
    {
        var meeting = Guid.NewGuid();
        Assert.Equal(OutboxAggregate.KeyOf(new MeetingAnnounced(meeting, Guid.NewGuid(), DateTime.UtcNow)),
            OutboxAggregate.KeyOf(new AgendaUpdated(meeting, AgendaChange.Convened, DateTime.UtcNow)));
        Assert.NotEqual(OutboxAggregate.KeyOf(new MeetingAnnounced(meeting, Guid.NewGuid(), DateTime.UtcNow)),
            OutboxAggregate.KeyOf(new MeetingAnnounced(Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow)));

        // Every event of the contracts (records other than the values they carry) names its aggregate, so that none
        // falls into the one group of unknown events by being forgotten here.
        var values = new[] { typeof(Admission), typeof(DecisionRuleSettings), typeof(ParagraphBlock), typeof(DelegationSeat) };
        var events = typeof(MeetingScheduled).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("<Clone>$") is not null && !values.Contains(t))
            .ToList();
        Assert.NotEmpty(events);
        Assert.All(events, type =>
        {
            var instance = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            Assert.True(OutboxAggregate.KeyOf(instance) is not null, $"{type.Name} has no aggregate key in OutboxAggregate.");
        });
    }

    /// <summary>A publish whose confirm the test holds back until it says so.</summary>
    private sealed class Held
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _confirmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public Task Confirmed => _confirmed.Task;

        public void Start() => _started.TrySetResult();

        public void Confirm() => _confirmed.TrySetResult();
    }

    /// <summary>The broker as the outbox sees it: records what starts and what is confirmed, and can hold or refuse one event.</summary>
    private sealed class GatedBroker : PublishOnlyEndpoint
    {
        private readonly Dictionary<string, Held> _held = [];
        private readonly List<string> _started = [];
        private readonly List<string> _published = [];
        private int _inFlight;
        private int _mostInFlight;

        public string? FailOn { get; set; }

        public int MostInFlight => Locked(() => _mostInFlight);

        public List<string> Started => Locked(() => _started.ToList());

        public List<string> Published => Locked(() => _published.ToList());

        public Held Hold(string name) => _held[name] = new Held();

        private T Locked<T>(Func<T> read)
        {
            lock (_held)
            {
                return read();
            }
        }

        public override async Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        {
            var name = ((BodyChanged)message).Name;
            Held? held;
            lock (_held)
            {
                _inFlight++;
                _mostInFlight = Math.Max(_mostInFlight, _inFlight);
                _started.Add(name);
                _held.TryGetValue(name, out held);
            }

            try
            {
                if (held is not null)
                {
                    held.Start();
                    await held.Confirmed.WaitAsync(cancellationToken);
                }
                else
                {
                    await Task.Yield();
                }

                if (name == FailOn)
                {
                    throw new InvalidOperationException("Broker refused the message.");
                }

                lock (_held)
                {
                    _published.Add(name);
                }
            }
            finally
            {
                lock (_held)
                {
                    _inFlight--;
                }
            }
        }
    }
}
