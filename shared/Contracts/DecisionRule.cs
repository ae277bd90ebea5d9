namespace SummitCoordination.Contracts;

/// <summary>DOMAIN.md, Decision rules. The settings of each rule travel in <see cref="DecisionRuleSettings"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionRule>))]
public enum DecisionRule
{
    Consensus,
    ConsensusMinusX,
    SilenceProcedure,
    QualifiedMajority,
}
