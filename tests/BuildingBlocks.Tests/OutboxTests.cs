using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

public sealed class OutboxTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;
    private TestDb _db = null!;
    private readonly OutboxPublisher _publisher = new(TimeProvider.System, new OutboxOptions { PublishTimeout = TimeSpan.FromSeconds(2) });

    public async Task InitializeAsync()
    {
        _provider = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
        _db = new TestDb(TestDb.Options(Path.Combine(_dir.Path, "outbox.db")));
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _harness.Stop();
        await _provider.DisposeAsync();
        _dir.Dispose();
    }

    private static BodyChanged AnEvent(string name) => AnEvent(name, Guid.NewGuid());

    private static BodyChanged AnEvent(string name, Guid body) =>
        new(body, name, Layer.WorkingGroup, Track.WaterEnergy, "C5", null, null, DecisionRuleSettings.Consensus, 120, DateTime.UtcNow);

    [Fact]
    public async Task The_event_is_saved_in_the_same_transaction_as_the_change_and_not_published_before_commit()
    {
        var broker = new Broker(_harness.Bus);
        await using var publishing = new TestDb(TestDb.Options(Path.Combine(_dir.Path, "outbox.db")));
        _db.Tallies.Add(new Tally { Name = "a", Count = 1 });
        _db.Raise(AnEvent("a"), DateTime.UtcNow);

        // Raised but not saved: nothing in the outbox, nothing for the publisher to send.
        Assert.Equal(0, await publishing.OutboxMessages.CountAsync());
        Assert.Equal(0, await _publisher.PublishPendingAsync(publishing, broker, CancellationToken.None));

        await _db.SaveChangesAsync();
        Assert.Equal(1, await publishing.OutboxMessages.CountAsync(m => m.SentUtc == null));
        Assert.Equal(1, await _publisher.PublishPendingAsync(publishing, broker, CancellationToken.None));
        Assert.Equal(["a"], broker.Delivered);

        // A change that fails to save (the tally exists) takes its event down with it: nothing more to publish.
        await using (var failing = new TestDb(TestDb.Options(Path.Combine(_dir.Path, "outbox.db"))))
        {
            failing.Tallies.Add(new Tally { Name = "a", Count = 2 });
            failing.Raise(AnEvent("b"), DateTime.UtcNow);
            await Assert.ThrowsAsync<DbUpdateException>(() => failing.SaveChangesAsync());
        }

        Assert.Equal(1, await publishing.OutboxMessages.CountAsync());
        Assert.Equal(0, await _publisher.PublishPendingAsync(publishing, broker, CancellationToken.None));
        Assert.Equal(["a"], broker.Delivered);
    }

    [Fact]
    public async Task An_event_accepted_while_the_broker_is_down_is_delivered_once_it_is_back_and_not_twice()
    {
        var broker = new Broker(_harness.Bus) { Down = true };
        var accepted = AnEvent("during-outage");
        _db.Tallies.Add(new Tally { Name = "x" });
        _db.Raise(accepted, DateTime.UtcNow);
        await _db.SaveChangesAsync();

        await Assert.ThrowsAsync<OutboxPublishException>(() => _publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        await Assert.ThrowsAsync<OutboxPublishException>(() => _publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        var waiting = await _db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Null(waiting.SentUtc);
        Assert.Equal(2, waiting.Attempts);

        broker.Down = false;
        Assert.Equal(1, await _publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        Assert.Equal(0, await _publisher.PublishPendingAsync(_db, broker, CancellationToken.None));

        Assert.True(await _harness.Published.Any<BodyChanged>(m => m.Context.Message.BodyId == accepted.BodyId));
        Assert.Equal(1, _harness.Published.Select<BodyChanged>().Count(m => m.Context.Message.BodyId == accepted.BodyId));
        Assert.Equal(waiting.MessageId, _harness.Published.Select<BodyChanged>().Single().Context.MessageId);
    }

    [Fact]
    public async Task Events_leave_in_the_order_they_were_written_and_a_failure_holds_the_rest_back()
    {
        // One aggregate's events (order is kept per aggregate: OutboxPipeliningTests shows other aggregates going on).
        var broker = new Broker(_harness.Bus) { FailOn = "second" };
        var body = Guid.NewGuid();
        foreach (var name in new[] { "first", "second", "third" })
        {
            _db.Raise(AnEvent(name, body), DateTime.UtcNow);
            await _db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<OutboxPublishException>(() => _publisher.PublishPendingAsync(_db, broker, CancellationToken.None));
        Assert.Equal(["first"], broker.Delivered);

        broker.FailOn = null;
        await _publisher.PublishPendingAsync(_db, broker, CancellationToken.None);
        Assert.Equal(["first", "second", "third"], broker.Delivered);
    }

    [Fact]
    public async Task The_dispatcher_drains_the_outbox_onto_the_bus_by_itself()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddMassTransitTestHarness();
        var file = Path.Combine(_dir.Path, "dispatcher.db");
        services.AddDbContext<TestDb>((sp, o) => o.UseSqlite($"Data Source={file}").AddInterceptors(sp.GetRequiredService<OutboxSignal<TestDb>>()));
        services.AddOutbox<TestDb>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        // The database exists before the dispatcher polls it, as a service's migrations run before its hosted services
        // start: creating it under a polling dispatcher could meet SQLite's lock ("database is locked").
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDb>().Database.EnsureCreatedAsync();
        }

        var dispatcher = provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxDispatcher<TestDb>>().Single();
        await dispatcher.StartAsync(CancellationToken.None);

        var sent = AnEvent("dispatched");
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDb>();
            db.Raise(sent, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await Eventually.Until(() => Task.FromResult(harness.Published.Select<BodyChanged>().Any(m => m.Context.Message.BodyId == sent.BodyId)), what: "the dispatched event");
        await dispatcher.StopAsync(CancellationToken.None);
        await harness.Stop();
    }

    /// <summary>The bus as the outbox sees it, with a switch to take the broker away.</summary>
    private sealed class Broker(IPublishEndpoint bus) : IPublishEndpoint
    {
        public bool Down { get; set; }

        public string? FailOn { get; set; }

        private readonly List<string> _delivered = [];

        public List<string> Delivered
        {
            get
            {
                lock (_delivered)
                {
                    return [.. _delivered];
                }
            }
        }

        public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => bus.ConnectPublishObserver(observer);

        public Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class => Forward(message, () => bus.Publish(message, cancellationToken));

        public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
            Forward(message, () => bus.Publish(message, publishPipe, cancellationToken));

        public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
            Forward(message, () => bus.Publish(message, publishPipe, cancellationToken));

        public Task Publish(object message, CancellationToken cancellationToken = default) => Forward(message, () => bus.Publish(message, cancellationToken));

        public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
            Forward(message, () => bus.Publish(message, publishPipe, cancellationToken));

        public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) =>
            Forward(message, () => bus.Publish(message, messageType, cancellationToken));

        public Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
            Forward(message, () => bus.Publish(message, messageType, publishPipe, cancellationToken));

        public Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class => bus.Publish<T>(values, cancellationToken);

        public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
            bus.Publish(values, publishPipe, cancellationToken);

        public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
            bus.Publish<T>(values, publishPipe, cancellationToken);

        private async Task Forward(object message, Func<Task> publish)
        {
            var name = (message as BodyChanged)?.Name;
            if (Down || (FailOn is not null && FailOn == name))
            {
                throw new InvalidOperationException("Broker unreachable.");
            }

            await publish();
            lock (_delivered)
            {
                _delivered.Add(name ?? "");
            }
        }
    }
}
