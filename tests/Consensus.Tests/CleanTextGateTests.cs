using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 22, point 5, on Consensus's side: the readiness Statements publishes is kept per statement, and an adoption
/// item on a text that is not clean is refused the decision (409, naming the paragraphs) until a newer readiness says it is.
/// </summary>
public sealed class CleanTextGateTests : IAsyncLifetime
{
    private ModuleHarness _module = null!;

    public async Task InitializeAsync() =>
        _module = await ModuleHarness.StartAsync(new ConsensusModule(), services: s => s.AddAuthorization(Policies.Configure));

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task A_joint_statement_item_on_a_text_with_brackets_is_refused_the_decision_naming_the_paragraphs_until_the_text_is_clean()
    {
        var statementId = Guid.NewGuid();
        var item = await OpenItemAsync(statementId);
        await ReadinessAsync(statementId, 3, [Block("OP2", ParagraphBlockReason.AdReferendumUnconfirmed), Block("OP3", ParagraphBlockReason.OpenOptions),
            Block("OP5", ParagraphBlockReason.Bracketed)]);

        var refused = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(item, preview: false));
        Assert.Equal((DomainErrorKind.Conflict, "item.text-not-clean"), (refused.Kind, refused.Code));
        Assert.Equal(["OP2", "OP3", "OP5"], (IEnumerable<string>)refused.Extensions["paragraphs"]!);
        Assert.Contains("OP3 (OpenOptions)", refused.Message);
        Assert.Equal("item.text-not-clean", (await Assert.ThrowsAsync<DomainException>(() => DecideAsync(item, preview: true))).Code);
        Assert.Equal("item.text-not-clean", (await Assert.ThrowsAsync<DomainException>(() => _module.WithScope(sp =>
            sp.GetRequiredService<StartSilenceHandler>().HandleAsync(new StartSilence(item, DateTime.UtcNow.AddDays(1), Callers.Secretariat), CancellationToken.None)))).Code);

        // An older readiness arriving late changes nothing; a newer clean one opens the decision.
        await ReadinessAsync(statementId, 2, []);
        await Assert.ThrowsAsync<DomainException>(() => DecideAsync(item, preview: false));
        await ReadinessAsync(statementId, 4, []);
        var decided = await DecideAsync(item, preview: false);
        Assert.Equal(ItemStatus.Adopted, decided.Item.Status);
    }

    [Fact]
    public async Task A_statement_Consensus_has_heard_nothing_of_is_not_held_back()
    {
        var item = await OpenItemAsync(Guid.NewGuid());
        Assert.Equal(ItemStatus.Adopted, (await DecideAsync(item, preview: false)).Item.Status);
    }

    private static ParagraphBlock Block(string number, ParagraphBlockReason reason) => new(Guid.NewGuid(), number, [reason]);

    private async Task ReadinessAsync(Guid statementId, long revision, IReadOnlyList<ParagraphBlock> blocking)
    {
        var message = new StatementReadinessChanged(statementId, Guid.NewGuid(), 3, revision, blocking, DateTime.UtcNow);
        await _module.Harness.Bus.Publish(message);
        Assert.True(await _module.Harness.Consumed.Any<StatementReadinessChanged>(c =>
            c.Context.Message.StatementId == statementId && c.Context.Message.Revision == revision));
    }

    private Task<DecisionResponse> DecideAsync(Guid item, bool preview) => _module.WithScope(sp =>
        sp.GetRequiredService<DecideItemHandler>().HandleAsync(new DecideItem(item, Callers.Secretariat, preview), CancellationToken.None));

    private async Task<Guid> OpenItemAsync(Guid statementId)
    {
        var meeting = Events.MeetingScheduled();
        await _module.Harness.Bus.Publish(meeting);
        await Eventually.Until(() => _module.WithScope(async sp =>
            await sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking().AnyAsync(m => m.Id == meeting.MeetingId)), known => known, what: "the meeting's copy");
        await _module.Harness.Bus.Publish(new MeetingConvened(meeting.MeetingId, meeting.BodyId, DateTime.UtcNow));
        await Eventually.Until(() => _module.WithScope(async sp => (await sp.GetRequiredService<ConsensusDbContext>().Meetings.AsNoTracking()
            .SingleAsync(m => m.Id == meeting.MeetingId)).Status), status => status == MeetingStatus.Convened, what: "the meeting convened");
        var item = await _module.WithScope(sp => sp.GetRequiredService<ProposeItemHandler>().HandleAsync(new ProposeItem(
            new ProposeItemRequest(meeting.MeetingId, ItemKind.JointStatement, "Adoption of the joint statement", null, Layer.Ministers, statementId), Callers.Secretariat),
            CancellationToken.None));
        foreach (var party in Requests.Members)
        {
            await _module.WithScope(sp => sp.GetRequiredService<RecordPositionHandler>().HandleAsync(
                new RecordPosition(item.Id, party, Position.Concur, null, Callers.Delegation(party)), CancellationToken.None));
        }

        return item.Id;
    }
}
