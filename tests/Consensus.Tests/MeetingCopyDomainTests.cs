using SummitCoordination.Consensus.Meetings;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 20.2, host-free: Consensus's copy of a meeting owns its transitions. Messages arrive late or twice; a
/// transition that no longer applies changes nothing and says so.
/// </summary>
public sealed class MeetingCopyDomainTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>When the secretariat changed the meeting, after it was scheduled (three months before it).</summary>
    private static readonly DateTime Changed = new(2031, 2, 1, 9, 0, 0, DateTimeKind.Utc);

    private static MeetingCopy Planned(bool held = false)
    {
        var start = new DateTime(2031, 4, 7, 5, 0, 0, DateTimeKind.Utc);
        return MeetingCopy.From(new MeetingScheduled(Guid.NewGuid(), Guid.NewGuid(), null, "Council of Foreign Ministers", Layer.Ministers,
            DecisionRuleSettings.Consensus, "C5", null, "Council of Foreign Ministers, Astana 2031", start, start.AddHours(6), "Asia/Almaty", "KAZ",
            "Astana", "Palace of Independence", Five, [], "KAZ", null, start.AddMonths(-3), Five, held));
    }

    [Fact]
    public void A_meeting_is_announced_only_while_planned_and_convened_and_concluded_once()
    {
        var meeting = Planned();
        Assert.True(meeting.Announce());
        Assert.False(meeting.Announce());
        Assert.True(meeting.IsToOpen);

        Assert.True(meeting.Convene());
        Assert.False(meeting.Announce());
        Assert.Equal(MeetingStatus.Convened, meeting.Status);
        Assert.True(meeting.IsAhead);

        Assert.True(meeting.Conclude());
        Assert.False(meeting.Conclude());
        Assert.True(meeting.IsClosed);
        Assert.False(meeting.IsAhead);
    }

    [Fact]
    public void A_late_message_never_reopens_a_meeting_concluded_or_cancelled()
    {
        var concluded = Planned();
        concluded.Convene();
        concluded.Conclude();
        Assert.False(concluded.Convene());
        Assert.False(concluded.CallOff(MeetingStatus.Postponed, Changed));
        Assert.Equal(MeetingStatus.Concluded, concluded.Status);

        var cancelled = Planned();
        Assert.True(cancelled.CallOff(MeetingStatus.Cancelled, Changed));
        Assert.False(cancelled.Convene());
        Assert.False(cancelled.Conclude());
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);

        // A meeting recorded as held is concluded from the start.
        Assert.True(Planned(held: true).IsClosed);
    }

    [Fact]
    public void A_postponed_meeting_given_new_dates_is_planned_again_with_its_deciders_and_chair_on_them()
    {
        var meeting = Planned();
        Assert.True(meeting.CallOff(MeetingStatus.Postponed, Changed));
        Assert.False(meeting.IsAhead);

        var start = new DateTime(2031, 6, 2, 5, 0, 0, DateTimeKind.Utc);
        Assert.True(meeting.Reschedule(start, start.AddHours(6), ["AZE", .. Five], "KGZ", Changed.AddDays(1)));

        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal((start, start.AddHours(6), "KGZ"), (meeting.StartUtc, meeting.EndUtc, meeting.Chair));
        Assert.Equal(["AZE", .. Five], meeting.Eligible);

        // A move that retitles the meeting (a title the service made follows the new city and year) retitles the copy.
        var title = meeting.Title;
        Assert.True(meeting.Reschedule(start, start.AddHours(6), null, null, Changed.AddDays(2)));
        Assert.Equal(title, meeting.Title);
        Assert.True(meeting.Reschedule(start, start.AddHours(6), null, null, Changed.AddDays(3), "Council of Foreign Ministers, Almaty 2031"));
        Assert.Equal("Council of Foreign Ministers, Almaty 2031", meeting.Title);

        // Only postponing or cancelling calls a meeting off.
        Assert.Throws<ArgumentOutOfRangeException>(() => meeting.CallOff(MeetingStatus.Concluded, Changed.AddDays(2)));
    }

    [Fact]
    public void A_postponement_made_before_a_move_already_applied_is_stale_and_changes_nothing()
    {
        // Postponed on 1 February, moved to June on the 2nd: the move's message arrived first (another queue).
        var meeting = Planned();
        var start = new DateTime(2031, 6, 2, 5, 0, 0, DateTimeKind.Utc);
        Assert.True(meeting.Reschedule(start, start.AddHours(6), null, null, Changed.AddDays(1)));

        Assert.False(meeting.CallOff(MeetingStatus.Postponed, Changed));
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal(start, meeting.StartUtc);

        // And a move made before a postponement already applied does not bring the meeting back.
        var postponed = Planned();
        Assert.True(postponed.CallOff(MeetingStatus.Postponed, Changed.AddDays(1)));
        Assert.False(postponed.Reschedule(start, start.AddHours(6), null, null, Changed));
        Assert.Equal(MeetingStatus.Postponed, postponed.Status);
        Assert.NotEqual(start, postponed.StartUtc);
    }

    [Fact]
    public void A_change_of_the_bodys_rule_reaches_a_meeting_only_until_it_opens()
    {
        var silence = new DecisionRuleSettings(DecisionRule.SilenceProcedure);
        var ahead = Planned();
        Assert.True(ahead.ApplyRule(silence));
        Assert.Equal(DecisionRule.SilenceProcedure, ahead.DecisionRule.Rule);

        var sitting = Planned();
        sitting.Convene();
        Assert.False(sitting.ApplyRule(silence));
        Assert.Equal(DecisionRuleSettings.Consensus.Rule, sitting.DecisionRule.Rule);
    }
}
