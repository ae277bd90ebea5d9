using SummitCoordination.Consensus.Rules;
using SummitCoordination.Contracts;
using static SummitCoordination.Contracts.Position;

namespace SummitCoordination.Consensus.Tests;

public sealed class DecisionRuleTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static Outcome Decide(DecisionRuleSettings settings, Dictionary<string, Position> positions, string[]? present = null,
        string[]? eligible = null, bool deadlinePassed = false) =>
        DecisionRules.Decide(new Ballot(eligible ?? Five, present ?? eligible ?? Five, positions, settings, deadlinePassed));

    private static Dictionary<string, Position> All(Position p, params (string Party, Position Position)[] except)
    {
        var positions = Five.ToDictionary(x => x, _ => p);
        foreach (var (party, position) in except)
        {
            positions[party] = position;
        }

        return positions;
    }

    [Fact]
    public void Everyone_concurring_is_adopted_and_binds_all() =>
        Assert.Equal(OutcomeKind.Adopted, Decide(DecisionRuleSettings.Consensus, All(Concur)).Kind);

    [Fact]
    public void Objection_blocks_consensus()
    {
        var outcome = Decide(DecisionRuleSettings.Consensus, All(Concur, ("TKM", Position.Object)));
        Assert.Equal(OutcomeKind.Blocked, outcome.Kind);
        Assert.Contains("TKM", outcome.Reason);
    }

    [Fact]
    public void Each_outcome_says_why_as_a_code_with_its_arguments_for_a_client_writing_it_in_another_language()
    {
        var objected = Decide(DecisionRuleSettings.Consensus, All(Concur, ("TKM", Position.Object), ("KAZ", Position.Object)));
        Assert.Equal("objected", objected.Code);
        Assert.Equal(["KAZ, TKM"], objected.Args);
        var reserved = Decide(DecisionRuleSettings.Consensus, All(Concur, ("UZB", Reserve)));
        Assert.Equal(("reserve", "UZB"), (reserved.Code, reserved.Args.Single()));
        Assert.Equal("consensus", Decide(DecisionRuleSettings.Consensus, All(Concur)).Code);
        var minusOne = Decide(new DecisionRuleSettings(DecisionRule.ConsensusMinusX, MinusX: 1), All(Concur, ("KGZ", Position.Object)));
        Assert.Equal(("opted-out", "KGZ"), (minusOne.Code, minusOne.Args.Single()));
        var quorum = Decide(new DecisionRuleSettings(DecisionRule.Consensus, Quorum: 5), All(Concur), present: ["KAZ", "KGZ", "TJK"]);
        Assert.Equal(("below-quorum", "3", "5"), (quorum.Code, quorum.Args[0], quorum.Args[1]));
    }

    [Fact]
    public void Abstention_does_not_block() =>
        Assert.Equal(OutcomeKind.Adopted, Decide(DecisionRuleSettings.Consensus, All(Abstain, ("KAZ", Concur))).Kind);

    [Fact]
    public void An_outstanding_reserve_defers_and_does_not_block() =>
        Assert.Equal(OutcomeKind.Deferred, Decide(DecisionRuleSettings.Consensus, All(Concur, ("UZB", Reserve))).Kind);

    [Fact]
    public void Undecided_until_every_party_present_holds_a_position()
    {
        var positions = All(Concur);
        positions.Remove("KGZ");
        Assert.Equal(OutcomeKind.Deferred, Decide(DecisionRuleSettings.Consensus, positions).Kind);
    }

    [Fact]
    public void Nobody_concurring_adopts_nothing() =>
        Assert.NotEqual(OutcomeKind.Adopted, Decide(DecisionRuleSettings.Consensus, All(Abstain)).Kind);

    [Fact]
    public void In_a_C5_plus_X_meeting_the_partner_must_concur_too()
    {
        string[] six = [.. Five, "USA"];
        var positions = six.ToDictionary(p => p, _ => Concur);
        positions["USA"] = Position.Object;
        Assert.Equal(OutcomeKind.Blocked, Decide(DecisionRuleSettings.Consensus, positions, eligible: six).Kind);
    }

    [Fact]
    public void Below_quorum_nothing_is_decided()
    {
        var outcome = Decide(DecisionRuleSettings.Consensus, All(Concur), present: ["KAZ", "KGZ", "TJK", "TKM"]);
        Assert.Equal(OutcomeKind.Deferred, outcome.Kind);
        Assert.Contains("quorum", outcome.Reason);
    }

    [Fact]
    public void A_lower_quorum_lets_the_present_decide_and_binds_only_them()
    {
        var outcome = Decide(DecisionRuleSettings.Consensus with { Quorum = 4 }, All(Concur), present: ["KAZ", "KGZ", "TJK", "TKM"]);
        Assert.Equal(OutcomeKind.Adopted, outcome.Kind);
        Assert.DoesNotContain("UZB", outcome.Bound);
        Assert.Equal(1, outcome.Tally.Absent);
        Assert.Equal(4, outcome.Tally.Concur);
    }

    [Fact]
    public void Consensus_minus_X_lets_up_to_X_objectors_opt_out()
    {
        var minusOne = new DecisionRuleSettings(DecisionRule.ConsensusMinusX, MinusX: 1);
        var one = Decide(minusOne, All(Concur, ("TJK", Position.Object)));
        Assert.Equal(OutcomeKind.Adopted, one.Kind);
        Assert.Equal(["TJK"], one.OptedOut);
        Assert.DoesNotContain("TJK", one.Bound);

        Assert.Equal(OutcomeKind.Blocked, Decide(minusOne, All(Concur, ("TJK", Position.Object), ("TKM", Position.Object))).Kind);
    }

    [Fact]
    public void Silence_is_adopted_at_the_deadline_when_nobody_answered()
    {
        var silence = new DecisionRuleSettings(DecisionRule.SilenceProcedure);
        Assert.Equal(OutcomeKind.Deferred, Decide(silence, [], deadlinePassed: false).Kind);
        Assert.Equal(OutcomeKind.Adopted, Decide(silence, [], deadlinePassed: true).Kind);
    }

    [Theory]
    [InlineData(Position.Object)]
    [InlineData(Position.Reserve)]
    public void Objecting_or_reserving_breaks_silence(Position breaking) =>
        Assert.Equal(OutcomeKind.Blocked, Decide(new DecisionRuleSettings(DecisionRule.SilenceProcedure), new() { ["KGZ"] = breaking }, deadlinePassed: true).Kind);

    [Fact]
    public void Qualified_majority_weighs_the_votes_cast_against_the_threshold()
    {
        var weights = new Dictionary<string, int> { ["KAZ"] = 3, ["KGZ"] = 1, ["TJK"] = 1, ["TKM"] = 1, ["UZB"] = 3 };
        var qm = new DecisionRuleSettings(DecisionRule.QualifiedMajority, Weights: weights, Threshold: 0.6m, AllowOptOut: true);

        var passes = Decide(qm, All(Concur, ("KGZ", Position.Object), ("TJK", Position.Object), ("TKM", Abstain)));
        Assert.Equal(OutcomeKind.Adopted, passes.Kind);
        Assert.Equal(["KGZ", "TJK"], passes.OptedOut);

        Assert.Equal(OutcomeKind.Blocked, Decide(qm, All(Concur, ("KAZ", Position.Object), ("UZB", Position.Object))).Kind);
        Assert.Empty(Decide(qm with { AllowOptOut = false }, All(Concur, ("KGZ", Position.Object))).OptedOut);
    }

    [Fact]
    public void An_absent_party_is_never_counted_as_concurring()
    {
        var outcome = Decide(DecisionRuleSettings.Consensus with { Quorum = 4 }, All(Concur, ("KAZ", Abstain)), present: ["KAZ", "KGZ", "TJK", "TKM"]);
        Assert.Equal(3, outcome.Tally.Concur);
        Assert.DoesNotContain("UZB", outcome.Bound);
    }
}
