using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 20, point 7: the silence procedure's deadline tested by moving the clock, not by waiting on it. Consensus alone
/// (its module, its SQLite file, its Quartz store) with a <see cref="FakeTimeProvider"/> as the container's clock, which
/// Quartz 4 schedules by too: the chair's act stores the deadline in Quartz, the test moves the clock past it, and Quartz
/// fires the stored job. A restart with a deadline set in one host and fired in the next is in <c>SilenceAndConcurrencyTests</c>.
/// </summary>
[Trait("Category", "Timers")]
public sealed class SilenceClockTests : IAsyncLifetime
{
    // During Events.MeetingScheduled's meeting (10 May 2027, 05:00-09:00 UTC).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 5, 10, 6, 0, 0, TimeSpan.Zero));

    private ModuleHarness _module = null!;

    public async Task InitializeAsync() =>
        _module = await ModuleHarness.StartAsync(new ConsensusModule(), services: s => s.AddSingleton<TimeProvider>(_clock).AddAuthorization(Policies.Configure));

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task A_silence_nobody_breaks_adopts_the_item_once_the_clock_reaches_its_deadline()
    {
        var item = await UnderSilenceAsync(TimeSpan.FromHours(48));
        var deadline = _clock.GetUtcNow().UtcDateTime.AddHours(48);
        Assert.Equal(deadline, await DeadlineAsync(item));

        _clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(ItemStatus.UnderConsideration, (await ItemAsync(item)).Status);
        Assert.Equal(deadline, await DeadlineAsync(item));

        _clock.Advance(TimeSpan.FromHours(1));
        var decided = await Eventually.Until(() => ItemAsync(item), i => i.Status != ItemStatus.UnderConsideration, what: "the deadline job deciding the item");

        Assert.Equal(ItemStatus.Adopted, decided.Status);
        var decision = decided.History.Single(h => h.Kind == ItemEventKind.Decided);
        Assert.Equal((deadline, Actors.System), (decision.AtUtc, decision.Actor));
        Assert.StartsWith("Adopted by SilenceProcedure", decision.Detail);
        Assert.Contains(decided.History, h => h.Kind == ItemEventKind.Adopted);
        Assert.Null(await DeadlineAsync(item));
    }

    [Fact]
    public async Task An_objection_before_the_deadline_breaks_the_silence_and_takes_its_deadline_away()
    {
        var item = await UnderSilenceAsync(TimeSpan.FromHours(24));
        _clock.Advance(TimeSpan.FromHours(3));
        await _module.WithScope(sp => sp.GetRequiredService<RecordPositionHandler>().HandleAsync(
            new RecordPosition(item, "KAZ", Position.Object, "Not yet.", Callers.Delegation("KAZ")), CancellationToken.None));

        // Silence broken: the deadline is taken away once the objection is saved, so nothing is left to fall.
        await Eventually.Until(async () => await DeadlineAsync(item) is null, what: "the broken silence's deadline cleared");
        _clock.Advance(TimeSpan.FromHours(21));

        var after = await ItemAsync(item);
        Assert.Equal(ItemStatus.Blocked, after.Status);
        Assert.DoesNotContain(after.History, h => h.Kind == ItemEventKind.Adopted);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddHours(-21), after.History.Single(h => h.Kind == ItemEventKind.SilenceEnded).AtUtc);
    }

    /// <summary>A meeting convened, an item proposed by the secretariat, and the secretariat (for the chair) putting it under silence.</summary>
    private async Task<Guid> UnderSilenceAsync(TimeSpan until)
    {
        var meeting = Events.MeetingScheduled();
        await _module.Harness.Bus.Publish(meeting);
        await MeetingAsync(meeting.MeetingId, status => status is not null);
        // Convened once Consensus has its copy (each message has its own queue; a convening of an unknown meeting is dropped).
        await _module.Harness.Bus.Publish(new MeetingConvened(meeting.MeetingId, meeting.BodyId, _clock.GetUtcNow().UtcDateTime));
        await MeetingAsync(meeting.MeetingId, status => status == MeetingStatus.Convened);

        var item = await _module.WithScope(sp => sp.GetRequiredService<ProposeItemHandler>().HandleAsync(
            new ProposeItem(new ProposeItemRequest(meeting.MeetingId, ItemKind.Decision, "Visa facilitation", null, Layer.Ministers), Callers.Secretariat),
            CancellationToken.None));
        await _module.WithScope(sp => sp.GetRequiredService<StartSilenceHandler>().HandleAsync(
            new StartSilence(item.Id, _clock.GetUtcNow().UtcDateTime + until, Callers.Secretariat), CancellationToken.None));
        return item.Id;
    }

    private Task MeetingAsync(Guid id, Func<MeetingStatus?, bool> done) =>
        Eventually.Until(() => _module.WithScope(async sp =>
            (await sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id))?.Status), done, what: $"Consensus's copy of meeting {id}");

    private Task<DateTime?> DeadlineAsync(Guid item) =>
        _module.Services.GetRequiredKeyedService<IDeadlines>(ConsensusDbContext.Service).NextFireAsync(SilenceDeadlineJob.Key(item), CancellationToken.None);

    private Task<AgendaItem> ItemAsync(Guid id) =>
        _module.WithScope(sp => sp.GetRequiredService<ConsensusDbContext>().AgendaItems.AsNoTracking().Include(i => i.History).SingleAsync(i => i.Id == id));
}
