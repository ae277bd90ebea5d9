using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 20, point 5: a consumer never saves half-way through a message. The meeting a message adds, moves or calls
/// off is seen unsaved by the rest of the same message (the next meeting, the next place on its agenda), and the whole
/// change is saved once with its inbox row.
/// </summary>
public sealed class OneTransactionPerMessageTests
{
    private static async Task<List<AgendaItem>> ItemsAsync(ModuleHarness module, IReadOnlyCollection<Guid> ids) =>
        await module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().AgendaItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync());

    private static async Task<MeetingScheduled> ScheduledAsync(ModuleHarness module, MeetingScheduled scheduled)
    {
        await module.Harness.Bus.Publish(scheduled);
        await Eventually.Until(() => module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().Meetings.AnyAsync(m => m.Id == scheduled.MeetingId)),
            TimeSpan.FromSeconds(30), "Consensus's copy of the meeting");
        return scheduled;
    }

    private static Task<List<Guid>> ProposeAsync(ModuleHarness module, Guid meetingId, int count, int firstOrder = 1) =>
        module.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<ConsensusDbContext>();
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            var items = Enumerable.Range(0, count)
                .Select(i => AgendaItem.Propose(meeting, ItemKind.Decision, $"Item {firstOrder + i}", null, Layer.Ministers, "KAZ", null, null, firstOrder + i,
                    DateTime.UtcNow, "test"))
                .ToList();
            db.AgendaItems.AddRange(items);
            await db.SaveChangesAsync();
            return items.Select(i => i.Id).ToList();
        });

    [Fact]
    public async Task Items_sent_back_by_a_cancelled_meeting_wait_and_a_new_meeting_takes_them_all_each_in_a_place_of_its_own()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var first = await ScheduledAsync(module, Events.MeetingScheduled());
        var items = await ProposeAsync(module, first.MeetingId, 3);

        await module.Harness.Bus.Publish(new MeetingCancelled(first.MeetingId, first.BodyId, "The host's parliament sits that week", DateTime.UtcNow));
        await Eventually.Until(async () => (await ItemsAsync(module, items)).All(i => i is { Status: ItemStatus.Waiting, MeetingId: null }),
            TimeSpan.FromSeconds(30), "the items to wait for the body's next meeting");

        // One message adds the meeting and places the three on it: the places count the items placed before them in the same message.
        var second = await ScheduledAsync(module, first with
        {
            MeetingId = Guid.NewGuid(), StartUtc = first.StartUtc.AddMonths(2), EndUtc = first.EndUtc.AddMonths(2),
        });
        await Eventually.Until(async () => (await ItemsAsync(module, items)).All(i => i.MeetingId == second.MeetingId),
            TimeSpan.FromSeconds(30), "the items placed on the new meeting");
        Assert.Equal([1, 2, 3], (await ItemsAsync(module, items)).Select(i => i.Order).Order());
    }

    [Fact]
    public async Task A_postponed_meeting_s_items_go_to_the_body_s_next_meeting_after_what_is_already_on_its_agenda_never_back_to_the_postponed_one()
    {
        await using var module = await ModuleHarness.StartAsync(new ConsensusModule());
        var first = await ScheduledAsync(module, Events.MeetingScheduled());
        var next = await ScheduledAsync(module, first with
        {
            MeetingId = Guid.NewGuid(), StartUtc = first.StartUtc.AddMonths(3), EndUtc = first.EndUtc.AddMonths(3),
        });
        var moving = await ProposeAsync(module, first.MeetingId, 2);
        await ProposeAsync(module, next.MeetingId, 2);

        // The postponed meeting is still ahead in the saved data while the message runs: the unsaved postponement counts.
        await module.Harness.Bus.Publish(new MeetingPostponed(first.MeetingId, first.BodyId, "The host asked for a later date", DateTime.UtcNow));
        await Eventually.Until(async () => (await ItemsAsync(module, moving)).All(i => i.MeetingId == next.MeetingId),
            TimeSpan.FromSeconds(30), "the items moved on to the next meeting");
        Assert.Equal([3, 4], (await ItemsAsync(module, moving)).Select(i => i.Order).Order());
    }
}
