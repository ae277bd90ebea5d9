using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

public sealed class TallyConsumer(TestDb db, TimeProvider clock) : IdempotentConsumer<BodyChanged, TestDb>(db, clock)
{
    protected override async Task Handle(BodyChanged message, CancellationToken cancellationToken)
    {
        if (message.Name == "poison")
        {
            throw new InvalidOperationException("This message can never be applied.");
        }

        var tally = await Db.Tallies.FindAsync([message.Name], cancellationToken);
        if (tally is null)
        {
            tally = new Tally { Name = message.Name };
            Db.Tallies.Add(tally);
        }

        tally.Count++;
    }
}

public sealed class TallyConsumerDefinition() : ServiceConsumerDefinition<TallyConsumer>("tests");

public sealed class InboxTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var file = Path.Combine(_dir.Path, "inbox.db");
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<TestDb>(o => o.UseSqlite($"Data Source={file}"))
            .AddMassTransitTestHarness(x => x.AddConsumer<TallyConsumer, TallyConsumerDefinition>());
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

    private async Task<int> TallyOf(string name)
    {
        using var scope = _provider.CreateScope();
        var tally = await scope.ServiceProvider.GetRequiredService<TestDb>().Tallies.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name);
        return tally?.Count ?? 0;
    }

    [Fact]
    public async Task A_redelivered_message_is_applied_once()
    {
        var messageId = Guid.NewGuid();
        var message = Named("redelivered");

        await _harness.Bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.Until(async () => await TallyOf("redelivered") == 1, what: "the first delivery");

        await _harness.Bus.Publish(message, c => c.MessageId = messageId);
        await _harness.InactivityTask;

        Assert.Equal(1, await TallyOf("redelivered"));
        Assert.False(await _harness.Published.Any<Fault<BodyChanged>>(new CancellationTokenSource(TimeSpan.FromMilliseconds(100)).Token));
    }

    [Fact]
    public async Task Two_different_messages_are_both_applied()
    {
        var message = Named("twice");
        await _harness.Bus.Publish(message, c => c.MessageId = Guid.NewGuid());
        await _harness.Bus.Publish(message, c => c.MessageId = Guid.NewGuid());

        await Eventually.Until(async () => await TallyOf("twice") == 2, what: "two applications");
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_after_retries_and_does_not_block_the_others()
    {
        await _harness.Bus.Publish(Named("poison"));
        await _harness.Bus.Publish(Named("healthy"));

        Assert.True(await _harness.Published.Any<Fault<BodyChanged>>(f => f.Context.Message.Message.Name == "poison"));
        await Eventually.Until(async () => await TallyOf("healthy") == 1, what: "the healthy message");
        Assert.Equal(0, await TallyOf("poison"));
        var consumer = _harness.GetConsumerHarness<TallyConsumer>();
        Assert.True(consumer.Consumed.Select<BodyChanged>(m => m.Context.Message.Name == "poison").Count() >= 1);
    }
}
