using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Counts by name, reading the count with a query (not the change tracker): the second message of a name in one batch
/// finds the row only if the first was saved within the batch's transaction.
/// </summary>
public sealed class TallyBatchConsumer(TestDb db, TimeProvider clock) : IdempotentBatchConsumer<BodyChanged, TestDb>(db, clock)
{
    protected override async Task Handle(BodyChanged message, CancellationToken cancellationToken)
    {
        if (message.Name.StartsWith("poison", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("This message can never be applied.");
        }

        var tally = await Db.Tallies.SingleOrDefaultAsync(t => t.Name == message.Name, cancellationToken);
        if (tally is null)
        {
            tally = new Tally { Name = message.Name };
            Db.Tallies.Add(tally);
        }

        tally.Count++;
    }
}

/// <summary>
/// The services' batch settings, but a batch waits longer for its messages: messages published together then form
/// batches however busy the machine is, where 5 ms may let each arrive alone.
/// </summary>
public sealed class TallyBatchConsumerDefinition : ServiceConsumerDefinition<TallyBatchConsumer>
{
    public TallyBatchConsumerDefinition()
        : base("tests") => BatchWait = TimeSpan.FromMilliseconds(500);
}

public sealed class BatchInboxTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var file = Path.Combine(_dir.Path, "inbox.db");
        var retry = new RetrySettings { Intervals = [TimeSpan.FromMilliseconds(10)] };
        retry.ApplyDefaults();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(retry)
            .AddDbContext<TestDb>(o => o.UseSqlite($"Data Source={file}"))
            // As the services register it: a message that cannot be applied is recorded for an operator.
            .AddScoped(sp => ActivatorUtilities.CreateInstance<MessageOperations<TestDb>>(sp, "tests"))
            .AddMassTransitTestHarness(x => x.AddConsumer<TallyBatchConsumer, TallyBatchConsumerDefinition>());
        _provider = services.BuildServiceProvider(true);
        using (var scope = _provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDb>().Database.EnsureCreatedAsync();
        }

        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        _dir.Dispose();
    }

    private static BodyChanged Named(string name) => new(Guid.NewGuid(), name, Layer.Ministers, Track.General, "C5", null, null, DecisionRuleSettings.Consensus, 120, DateTime.UtcNow);

    private async Task<T> Read<T>(Func<TestDb, Task<T>> query)
    {
        using var scope = _provider.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDb>());
    }

    private Task<int> TallyOf(string name) =>
        Read(async db => (await db.Tallies.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name))?.Count ?? 0);

    private int LargestBatch() =>
        _harness.GetConsumerHarness<TallyBatchConsumer>().Consumed.Select<Batch<BodyChanged>>().Select(m => m.Context.Message.Length).DefaultIfEmpty().Max();

    [Fact]
    public async Task Messages_waiting_together_are_applied_in_batches_each_once_each_seeing_the_one_before()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        // Forty messages of one name, then the first ten again under their own ids (a redelivery), all at once.
        await Task.WhenAll(ids.Concat(ids.Take(10)).Select(id => _harness.Bus.Publish(Named("together"), c => c.MessageId = id)));

        await Eventually.Until(async () => await Read(db => db.InboxMessages.CountAsync()) == 40, what: "forty inbox rows");
        await _harness.InactivityTask;

        Assert.True(LargestBatch() > 1, "the messages were applied one at a time, not in batches");
        // Each counted once: the copies changed nothing, and each message read the count the one before it saved.
        Assert.Equal(40, await TallyOf("together"));
        Assert.Equal(40, await Read(db => db.InboxMessages.CountAsync(m => m.Consumer == nameof(TallyBatchConsumer))));
    }

    [Fact]
    public async Task A_message_that_can_never_be_applied_is_recorded_as_failed_and_the_rest_of_its_batch_is_applied()
    {
        var poison = Guid.NewGuid();
        var messages = Enumerable.Range(0, 30).Select(i => (Id: i == 15 ? poison : Guid.NewGuid(), Name: i == 15 ? "poison" : $"healthy-{i % 3}")).ToList();
        await Task.WhenAll(messages.Select(m => _harness.Bus.Publish(Named(m.Name), c => c.MessageId = m.Id)));

        await Eventually.Until(async () => await Read(db => db.ParkedMessages.CountAsync()) == 1, what: "the poison message recorded");
        await Eventually.Until(async () => await Read(db => db.InboxMessages.CountAsync()) == 29, what: "the 29 healthy messages applied");
        await _harness.InactivityTask;

        Assert.True(LargestBatch() > 1, "the messages were applied one at a time, not in batches");
        int[] tallies = [await TallyOf("healthy-0"), await TallyOf("healthy-1"), await TallyOf("healthy-2")];
        Assert.Equal([9, 10, 10], tallies); // the poison took the place of a "healthy-0" (15 % 3 == 0)
        var failed = await Read(db => db.ParkedMessages.AsNoTracking().SingleAsync());
        Assert.Equal(poison, failed.MessageId);
        Assert.NotNull(failed.FailedUtc);
        Assert.Contains("can never be applied", failed.LastError);
        Assert.False(await Read(db => db.InboxMessages.AnyAsync(m => m.MessageId == poison)));
        // Recorded, not thrown: nothing went to the error queue.
        Assert.False(await _harness.Published.Any<Fault<BodyChanged>>(new CancellationTokenSource(TimeSpan.FromMilliseconds(100)).Token));
    }
}
