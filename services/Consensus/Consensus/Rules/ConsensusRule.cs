namespace SummitCoordination.Consensus.Rules;

/// <summary>
/// DOMAIN.md, Consensus (and Consensus minus X): decided when every eligible party present holds a position;
/// adopted when nobody objects (or, minus X, at most X object and they opt out), no reserve is outstanding and at
/// least one concurs. Abstaining never blocks. An outstanding reserve defers; it does not block.
/// </summary>
public static class ConsensusRule
{
    public static Outcome Decide(Ballot ballot, int maxOptOuts)
    {
        var rule = maxOptOuts > 0 ? $"ConsensusMinus{maxOptOuts}" : "Consensus";
        var tally = ballot.Tally();
        var present = ballot.PresentEligible;
        var objectors = ballot.Holding(Position.Object);

        if (objectors.Count > maxOptOuts)
        {
            return new Outcome(OutcomeKind.Blocked, rule, [], [], tally, maxOptOuts == 0
                ? $"Objected by {string.Join(", ", objectors)}."
                : $"{objectors.Count} objections, more than the {maxOptOuts} that may opt out.");
        }

        if (tally.NoPosition > 0)
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally,
                $"Not decided: {string.Join(", ", present.Where(p => ballot.Of(p) is null))} hold no position yet.");
        }

        var reserving = ballot.Holding(Position.Reserve);
        if (reserving.Count > 0)
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally, $"Reserve outstanding: {string.Join(", ", reserving)}.");
        }

        if (tally.Concur == 0)
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally, "Nobody concurs.");
        }

        var bound = present.Except(objectors).ToList();
        return new Outcome(OutcomeKind.Adopted, rule, bound, objectors, tally,
            objectors.Count == 0 ? "Consensus: no objection, no reserve." : $"Adopted; {string.Join(", ", objectors)} opted out.");
    }
}
