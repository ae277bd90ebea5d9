namespace SummitCoordination.Contracts;

/// <summary>
/// How an item's outcome was reached (<see cref="AgendaItemDecided.Rule"/>): by one of the <see cref="DecisionRule"/>s (same
/// names and values, so a rule converts with <see cref="Of"/>), by noting an information item, or entered from the record
/// of a meeting held in the past.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecidedBy>))]
public enum DecidedBy
{
    Consensus = DecisionRule.Consensus,
    ConsensusMinusX = DecisionRule.ConsensusMinusX,
    SilenceProcedure = DecisionRule.SilenceProcedure,
    QualifiedMajority = DecisionRule.QualifiedMajority,

    /// <summary>An information item, noted: no rule applies.</summary>
    Information = 100,

    /// <summary>An outcome entered from the record of a meeting held in the past.</summary>
    Recorded = 101,
}

public static class DecidedByRule
{
    /// <summary>The outcome was reached by <paramref name="rule"/>.</summary>
    public static DecidedBy Of(DecisionRule rule) => (DecidedBy)rule;
}
