namespace SummitCoordination.Scheduling.Bodies;

/// <summary>DOMAIN.md, Decision rules. The settings of each rule travel in <see cref="Contracts.DecisionRuleSettings"/>.</summary>
public enum DecisionRule
{
    Consensus,
    ConsensusMinusX,
    SilenceProcedure,
    QualifiedMajority,
}
