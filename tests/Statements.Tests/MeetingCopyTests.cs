using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Meetings;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

public sealed class MeetingCopyTests
{
    [Fact]
    public async Task MeetingScheduled_gives_Statements_the_meeting_it_will_draft_for()
    {
        await using var module = await ModuleHarness.StartAsync(new StatementsModule());
        var scheduled = Events.MeetingScheduled(partner: "EU");

        await module.Harness.Bus.Publish(scheduled);

        Assert.True(await module.Harness.GetConsumerHarness<MeetingScheduledConsumer>().Consumed.Any<MeetingScheduled>());
        var copy = await module.WithScope(sp => sp.GetRequiredService<StatementsDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == scheduled.MeetingId));
        Assert.Equal("Tashkent", copy.City);
        Assert.Equal("EU", copy.Partner);
        Assert.Contains("EU", copy.Parties);
        Assert.DoesNotContain("UN", copy.Parties);
    }
}
