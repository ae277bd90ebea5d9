using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>The raw bodies of the messages one consumer received, as they crossed the bus.</summary>
public sealed class RawBodies
{
    public TaskCompletionSource<string> Decided { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class RawBodyConsumer(RawBodies bodies) : IConsumer<AgendaItemDecided>
{
    public Task Consume(ConsumeContext<AgendaItemDecided> context)
    {
        bodies.Decided.TrySetResult(context.ReceiveContext.Body.GetString());
        return Task.CompletedTask;
    }
}

/// <summary>
/// Issue 20, point 4: statuses and kinds are enums in the contracts, and the bus carries them by name, so the JSON on the
/// wire is what it was when they were strings.
/// </summary>
public sealed class WireTests
{
    [Fact]
    public async Task A_decision_crosses_the_bus_with_its_outcome_and_rule_by_name_and_arrives_typed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:Transport"] = "InMemory" }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<RawBodies>()
            .AddSummitBus(configuration, x => x.AddConsumer<RawBodyConsumer>());
        await using var provider = services.BuildServiceProvider(true);
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var sent = new AgendaItemDecided(Guid.NewGuid(), Guid.NewGuid(), OutcomeKind.Blocked, DecidedBy.SilenceProcedure, [], [], "Silence broken by TJK.",
                new DateTime(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc));
            await provider.GetRequiredService<IBus>().Publish(sent);

            var raw = await provider.GetRequiredService<RawBodies>().Decided.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var message = JsonDocument.Parse(raw).RootElement.GetProperty("message");
            Assert.Equal("Blocked", message.GetProperty("outcome").GetString());
            Assert.Equal("SilenceProcedure", message.GetProperty("rule").GetString());
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    [Theory]
    [InlineData(DecisionRule.Consensus, DecidedBy.Consensus)]
    [InlineData(DecisionRule.ConsensusMinusX, DecidedBy.ConsensusMinusX)]
    [InlineData(DecisionRule.SilenceProcedure, DecidedBy.SilenceProcedure)]
    [InlineData(DecisionRule.QualifiedMajority, DecidedBy.QualifiedMajority)]
    public void Every_decision_rule_is_a_way_an_outcome_is_reached_under_the_same_name(DecisionRule rule, DecidedBy expected)
    {
        Assert.Equal(expected, DecidedByRule.Of(rule));
        Assert.Equal(rule.ToString(), DecidedByRule.Of(rule).ToString());
    }

    [Fact]
    public void No_decision_rule_is_left_without_its_way_of_deciding()
    {
        Assert.All(Enum.GetValues<DecisionRule>(), rule => Assert.True(Enum.IsDefined(DecidedByRule.Of(rule)), $"{rule} has no DecidedBy"));
    }
}
