using FsCheck.Xunit;
using SummitCoordination.Consensus.Rules;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// The laws of DOMAIN.md's decision rules, checked on generated positions. A generated int array picks, per
/// party, no position (negative) or one of the four; another picks who is absent.
/// </summary>
public sealed class DecisionRuleLaws
{
    private static readonly string[] Six = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"];

    private static readonly DecisionRuleSettings[] Rules =
    [
        DecisionRuleSettings.Consensus,
        new(DecisionRule.ConsensusMinusX, MinusX: 1),
        new(DecisionRule.QualifiedMajority, Weights: new Dictionary<string, int> { ["KAZ"] = 2, ["UZB"] = 2 }, Threshold: 0.6m, AllowOptOut: true),
    ];

    private static Dictionary<string, Position> Positions(int[] codes)
    {
        var positions = new Dictionary<string, Position>();
        for (var i = 0; i < Six.Length && i < codes.Length; i++)
        {
            if (codes[i] >= 0)
            {
                positions[Six[i]] = (Position)(codes[i] % 4);
            }
        }

        return positions;
    }

    private static string[] Present(int absentMask) => Six.Where((_, i) => (absentMask & (1 << i)) == 0).ToArray();

    private static Outcome Decide(DecisionRuleSettings rule, IEnumerable<KeyValuePair<string, Position>> positions, string[]? present = null, int? quorum = null) =>
        DecisionRules.Decide(new Ballot(Six, present ?? Six, positions.ToDictionary(kv => kv.Key, kv => kv.Value), rule with { Quorum = quorum ?? rule.Quorum }));

    [Property]
    public bool The_order_in_which_positions_arrive_never_changes_the_outcome(int[] codes, int seed, byte ruleIndex)
    {
        var rule = Rules[ruleIndex % Rules.Length];
        var arrivals = Positions(codes).ToList();
        var shuffled = arrivals.OrderBy(_ => new Random(seed).Next()).ToList();
        var (a, b) = (Decide(rule, arrivals), Decide(rule, shuffled));
        return a.Kind == b.Kind && a.Tally == b.Tally && a.Bound.SequenceEqual(b.Bound) && a.OptedOut.SequenceEqual(b.OptedOut) && a.Reason == b.Reason;
    }

    [Property]
    public bool Abstentions_never_block_consensus(int[] codes)
    {
        var positions = Positions(codes).ToDictionary(kv => kv.Key, kv => kv.Value == Position.Object ? Position.Abstain : kv.Value);
        return Decide(DecisionRuleSettings.Consensus, positions).Kind != OutcomeKind.Blocked;
    }

    [Property]
    public bool Adding_an_objection_never_turns_a_blocked_item_into_an_adopted_one(int[] codes, byte who, byte ruleIndex)
    {
        var rule = Rules[ruleIndex % Rules.Length];
        var positions = Positions(codes);
        if (Decide(rule, positions).Kind != OutcomeKind.Blocked)
        {
            return true;
        }

        positions[Six[who % Six.Length]] = Position.Object;
        return Decide(rule, positions).Kind != OutcomeKind.Adopted;
    }

    [Property]
    public bool An_absent_party_never_counts_as_concurring(int[] codes, int absentMask, byte ruleIndex)
    {
        var rule = Rules[ruleIndex % Rules.Length];
        var present = Present(absentMask);
        var positions = Positions(codes);
        var absentConcurring = positions.ToDictionary(kv => kv.Key, kv => present.Contains(kv.Key) ? kv.Value : Position.Concur);
        var absentSilent = positions.Where(kv => present.Contains(kv.Key));
        var a = Decide(rule, absentConcurring, present, quorum: 1);
        var b = Decide(rule, absentSilent, present, quorum: 1);
        return a.Kind == b.Kind && a.Tally == b.Tally && a.Bound.SequenceEqual(b.Bound);
    }

    [Property]
    public bool Below_quorum_nothing_is_adopted(int[] codes, int absentMask, byte ruleIndex)
    {
        var rule = Rules[ruleIndex % Rules.Length];
        var present = Present(absentMask | 1);
        return Decide(rule, Positions(codes), present).Kind != OutcomeKind.Adopted;
    }
}
