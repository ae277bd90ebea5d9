namespace SummitCoordination.Scheduling.Bodies;

/// <summary>DOMAIN.md, Decision rules. The settings of each rule come with issue 3's body editing.</summary>
public enum DecisionRule
{
    Consensus,
    ConsensusMinusX,
    SilenceProcedure,
    QualifiedMajority,
}
