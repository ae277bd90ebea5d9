using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Consensus.Meetings;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

public sealed class MeetingCopyTests
{
    [Fact]
    public async Task MeetingScheduled_gives_Consensus_its_own_copy_of_the_meeting_with_who_sits_in_it()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var scheduled = Events.MeetingScheduled(partner: "CHN");

        await module.Harness.Bus.Publish(scheduled);

        Assert.True(await module.Harness.GetConsumerHarness<MeetingScheduledConsumer>().Consumed.Any<MeetingScheduled>());
        var copy = await module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == scheduled.MeetingId));
        Assert.Equal("C5+CHN", copy.Format);
        Assert.True(copy.Seats("CHN"));
        Assert.True(copy.Seats("KAZ"));
        Assert.False(copy.Seats("USA"));
        Assert.Equal(Layer.Ministers, copy.Layer);
    }

    [Fact]
    public async Task A_redelivered_MeetingScheduled_leaves_one_copy_and_one_inbox_row()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var scheduled = Events.MeetingScheduled();
        var messageId = Guid.NewGuid();

        await module.Harness.Bus.Publish(scheduled, c => c.MessageId = messageId);
        await Eventually.Until(() => module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.AnyAsync(m => m.Id == scheduled.MeetingId)));
        await module.Harness.Bus.Publish(scheduled, c => c.MessageId = messageId);
        await module.Harness.InactivityTask;

        Assert.Equal(1, await module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.CountAsync()));
        Assert.Equal(1, await module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task BodyChanged_tells_Consensus_each_body_s_decision_rule_and_a_later_change_replaces_it()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var bodyId = Guid.NewGuid();

        await module.Harness.Bus.Publish(new BodyChanged(bodyId, "Working Group on Water and Energy", Layer.WorkingGroup, Track.WaterEnergy, "C5", null, Guid.NewGuid(), DecisionRuleSettings.Consensus, 120, DateTime.UtcNow));
        await Eventually.Until(() => module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Bodies.AnyAsync(b => b.Id == bodyId)));
        await module.Harness.Bus.Publish(new BodyChanged(bodyId, "Working Group on Water and Energy", Layer.WorkingGroup, Track.WaterEnergy, "C5", null, Guid.NewGuid(), new DecisionRuleSettings(DecisionRule.SilenceProcedure), 120, DateTime.UtcNow));

        await Eventually.Until(() => module.WithScope(async sp => (await sp.GetRequiredService<ConsensusDbContext>().Bodies.AsNoTracking().SingleAsync(b => b.Id == bodyId)).DecisionRule.Rule == DecisionRule.SilenceProcedure));
    }

    [Fact]
    public async Task A_postponement_that_arrives_after_the_later_move_leaves_the_meeting_on_its_new_dates_with_its_items()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var scheduled = Events.MeetingScheduled();
        await module.Harness.Bus.Publish(scheduled);
        await Eventually.Until(() => module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.AnyAsync(m => m.Id == scheduled.MeetingId)));

        // Scheduling postponed the meeting, then moved it a minute later; the two messages travel on separate queues.
        var postponedAt = scheduled.ScheduledAtUtc.AddDays(1);
        var newStart = scheduled.StartUtc.AddDays(30);
        await module.Harness.Bus.Publish(new MeetingRescheduled(scheduled.MeetingId, scheduled.BodyId, newStart, newStart.AddHours(6), scheduled.TimeZone,
            scheduled.City, scheduled.Venue, postponedAt.AddMinutes(1)));
        await Eventually.Until(() => module.WithScope(async sp =>
            (await sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == scheduled.MeetingId)).StartUtc == newStart));
        await module.Harness.Bus.Publish(new MeetingPostponed(scheduled.MeetingId, scheduled.BodyId, "Floods in the host region", postponedAt));

        Assert.True(await module.Harness.GetConsumerHarness<MeetingPostponedConsumer>().Consumed.Any<MeetingPostponed>());
        await module.Harness.InactivityTask;
        var copy = await module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == scheduled.MeetingId));
        Assert.Equal(MeetingStatus.Planned, copy.Status);
        Assert.Equal(newStart, copy.StartUtc);
    }
}
