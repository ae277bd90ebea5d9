using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Paragraphs;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 22, point 2: a paragraph agreed ad referendum whose capital does not confirm by the date lapses when the
/// clock reaches it, and the secretariat is told. Statements alone with a <see cref="FakeTimeProvider"/>, which
/// Quartz 4 schedules by: the chair's act stores the deadline, the test moves the clock, Quartz fires the stored job.
/// </summary>
[Trait("Category", "Timers")]
public sealed class ParagraphClockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 5, 10, 6, 0, 0, TimeSpan.Zero));

    private ModuleHarness _module = null!;

    public async Task InitializeAsync() =>
        _module = await ModuleHarness.StartAsync(new StatementsModule(), services: s => s.AddSingleton<TimeProvider>(_clock).AddAuthorization(Policies.Configure));

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task An_ad_referendum_not_confirmed_by_its_date_lapses_when_the_clock_reaches_it_and_the_secretariat_is_told()
    {
        var (statement, paragraph) = await AdReferendumAsync(TimeSpan.FromHours(48));
        var confirmBy = _clock.GetUtcNow().UtcDateTime.AddHours(48);
        Assert.Equal(confirmBy, await DeadlineAsync(statement, paragraph));

        _clock.Advance(TimeSpan.FromHours(47));
        Assert.Null((await StandingAsync(statement, paragraph)).AdReferendum!.LapsedUtc);

        _clock.Advance(TimeSpan.FromHours(1));
        var lapsed = await Eventually.Until(() => StandingAsync(statement, paragraph), s => s.AdReferendum!.LapsedUtc is not null, what: "the ad referendum lapsed");
        Assert.Equal(confirmBy, lapsed.AdReferendum!.LapsedUtc);
        Assert.Equal(ParagraphStatus.AgreedAdReferendum, lapsed.Status);
        var outbox = await OutboxAsync();
        Assert.Contains(outbox, m => m.Contains(nameof(AdReferendumLapsed)));
        Assert.Contains(outbox, m => m.Contains(nameof(ParagraphStatusChanged)));
        var history = await _module.WithScope(sp => sp.GetRequiredService<StatementsDbContext>().Set<ParagraphEvent>().AsNoTracking()
            .Where(e => e.ParagraphId == paragraph).Select(e => new { e.Kind, e.Actor, e.AtUtc }).ToListAsync());
        Assert.Contains(history, e => e.Kind == ParagraphEventKind.AdReferendumLapsed && e.Actor == Actors.System && e.AtUtc == confirmBy);
    }

    [Fact]
    public async Task A_confirmation_before_the_date_leaves_nothing_to_lapse()
    {
        var (statement, paragraph) = await AdReferendumAsync(TimeSpan.FromHours(24));
        _clock.Advance(TimeSpan.FromHours(2));
        await _module.WithScope(sp => sp.GetRequiredService<ConfirmAdReferendumHandler>().HandleAsync(
            new ConfirmAdReferendum(statement, paragraph, Callers.Delegation("TKM")), CancellationToken.None));
        _clock.Advance(TimeSpan.FromHours(30));
        // The job, if it fires, finds the paragraph confirmed; give Quartz the moment it would need.
        await Task.Delay(500);

        var standing = await StandingAsync(statement, paragraph);
        Assert.Equal(ParagraphStatus.Agreed, standing.Status);
        Assert.Null(standing.AdReferendum!.LapsedUtc);
        Assert.DoesNotContain(await OutboxAsync(), m => m.Contains(nameof(AdReferendumLapsed)));
    }

    private async Task<(Guid Statement, Guid Paragraph)> AdReferendumAsync(TimeSpan until)
    {
        var meeting = Events.MeetingScheduled();
        await _module.Harness.Bus.Publish(meeting);
        await Eventually.Until(() => _module.WithScope(async sp =>
            await sp.GetRequiredService<StatementsDbContext>().Meetings.AsNoTracking().AnyAsync(m => m.Id == meeting.MeetingId)), what: "Statements' copy of the meeting");
        var draft = await _module.WithScope(sp => sp.GetRequiredService<DraftStatementHandler>().HandleAsync(new DraftStatement(
            new DraftStatementRequest(meeting.MeetingId, StatementKind.JointStatement, "Joint statement", "One.\n\nTwo."), Callers.Secretariat), CancellationToken.None));
        var two = draft.Current.Paragraphs![1].Id;
        await _module.WithScope(sp => sp.GetRequiredService<SetParagraphStatusHandler>().HandleAsync(new SetParagraphStatus(draft.Id, two,
            new ParagraphStatusRequest(ParagraphStatus.AgreedAdReferendum, "TKM", _clock.GetUtcNow().UtcDateTime + until), Callers.Delegation("TKM")),
            CancellationToken.None));
        await Eventually.Until(async () => await DeadlineAsync(draft.Id, two) is not null, what: "the confirm-by deadline stored");
        return (draft.Id, two);
    }

    private Task<DateTime?> DeadlineAsync(Guid statement, Guid paragraph) =>
        _module.Services.GetRequiredKeyedService<IDeadlines>(StatementsDbContext.Service).NextFireAsync(AdReferendumJob.Key(statement, paragraph), CancellationToken.None);

    private Task<ParagraphStanding> StandingAsync(Guid statement, Guid paragraph) => _module.WithScope(async sp =>
        (await sp.GetRequiredService<StatementsDbContext>().Statements.AsNoTracking().SingleAsync(s => s.Id == statement)).StandingOf(paragraph)!);

    private Task<List<string>> OutboxAsync() => _module.WithScope(sp =>
        sp.GetRequiredService<StatementsDbContext>().OutboxMessages.AsNoTracking().Select(m => m.MessageType).ToListAsync());
}
