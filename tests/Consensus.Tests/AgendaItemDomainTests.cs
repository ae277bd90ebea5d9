using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Meetings;
using SummitCoordination.Consensus.Rules;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 20.2, host-free: the agenda item says what a position did. An objection or a reservation breaks a silence
/// procedure running on the item (DOMAIN.md); concurrence and abstention do not, and without a procedure nothing is broken.
/// </summary>
public sealed class AgendaItemDomainTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private static readonly DateTime Start = new(2031, 4, 7, 5, 0, 0, DateTimeKind.Utc);

    private static AgendaItem Open()
    {
        var meeting = MeetingCopy.From(new MeetingScheduled(Guid.NewGuid(), Guid.NewGuid(), null, "Council of Foreign Ministers", Layer.Ministers,
            DecisionRuleSettings.Consensus, "C5", null, "Council of Foreign Ministers, Astana 2031", Start, Start.AddHours(6), "Asia/Almaty", "KAZ",
            "Astana", "Palace of Independence", Five, [], "KAZ", null, Start.AddMonths(-3), Five, false));
        var item = AgendaItem.Propose(meeting, ItemKind.Decision, "Water allocation", null, Layer.Ministers, "UZB", null, null, 1, Start.AddDays(-5), "UZB");
        item.Open(Start);
        return item;
    }

    [Theory]
    [InlineData(Position.Object, true)]
    [InlineData(Position.Reserve, true)]
    [InlineData(Position.Concur, false)]
    [InlineData(Position.Abstain, false)]
    public void Under_a_silence_procedure_only_an_objection_or_a_reservation_breaks_the_silence(Position position, bool breaks)
    {
        var item = Open();
        item.StartSilence(Start.AddDays(7), Start.AddHours(1), "KAZ");

        var taken = item.RecordPosition("TJK", position, null, Start.AddHours(2), "TJK");

        Assert.Equal(breaks, taken.BreaksSilence);
        Assert.Equal(new PositionRecorded(item.Id, item.MeetingId!.Value, "TJK", position, Start.AddHours(2)), taken.Recorded);
    }

    [Fact]
    public void Without_a_silence_procedure_an_objection_is_a_position_and_breaks_nothing()
    {
        var item = Open();
        var taken = item.RecordPosition("TJK", Position.Object, "Not yet", Start.AddHours(2), "TJK");
        Assert.False(taken.BreaksSilence);
        Assert.Equal(Position.Object, Assert.Single(item.Positions).Position);
    }

    [Fact]
    public void A_position_on_an_item_not_yet_before_its_meeting_is_refused_and_records_nothing()
    {
        var meeting = MeetingCopy.From(new MeetingScheduled(Guid.NewGuid(), Guid.NewGuid(), null, "Council of Foreign Ministers", Layer.Ministers,
            DecisionRuleSettings.Consensus, "C5", null, "Council of Foreign Ministers, Astana 2031", Start, Start.AddHours(6), "Asia/Almaty", "KAZ",
            "Astana", "Palace of Independence", Five, [], "KAZ", null, Start.AddMonths(-3), Five, false));
        var submitted = AgendaItem.Propose(meeting, ItemKind.Decision, "Water allocation", null, Layer.Ministers, "UZB", null, null, 1, Start.AddDays(-5), "UZB");

        var refused = Assert.Throws<DomainException>(() => submitted.RecordPosition("TJK", Position.Concur, null, Start, "TJK"));
        Assert.Equal("item.not-under-consideration", refused.Code);
        Assert.Empty(submitted.Positions);
    }
}
