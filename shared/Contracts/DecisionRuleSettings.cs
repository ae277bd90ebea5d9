namespace SummitCoordination.Contracts;

/// <summary>
/// A body's decision rule and its settings (DOMAIN.md, Decision rules). <c>Rule</c> is Consensus,
/// ConsensusMinusX (with <c>MinusX</c>), SilenceProcedure or QualifiedMajority (with <c>Weights</c> per party,
/// <c>Threshold</c> as a fraction of the weight present, and <c>AllowOptOut</c>). <c>Quorum</c> null means all
/// members present (and X in a C5+X meeting).
/// </summary>
public sealed record DecisionRuleSettings(
    DecisionRule Rule,
    int? MinusX = null,
    IReadOnlyDictionary<string, int>? Weights = null,
    decimal? Threshold = null,
    bool AllowOptOut = false,
    int? Quorum = null)
{
    public static DecisionRuleSettings Consensus { get; } = new(Contracts.DecisionRule.Consensus);
}
