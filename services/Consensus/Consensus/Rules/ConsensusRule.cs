using System.Globalization;

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
        var rule = DecidedByRule.Of(ballot.Settings.Rule);
        var tally = ballot.Tally();
        var present = ballot.PresentEligible;
        var objectors = ballot.Holding(Position.Object);

        if (objectors.Count > maxOptOuts)
        {
            return maxOptOuts == 0
                ? new Outcome(OutcomeKind.Blocked, rule, [], [], tally, $"Objected by {string.Join(", ", objectors)}.") { Code = "objected", Args = [string.Join(", ", objectors)] }
                : new Outcome(OutcomeKind.Blocked, rule, [], [], tally, $"{objectors.Count} objections, more than the {maxOptOuts} that may opt out.")
                {
                    Code = "too-many-objections", Args = [objectors.Count.ToString(CultureInfo.InvariantCulture), maxOptOuts.ToString(CultureInfo.InvariantCulture)],
                };
        }

        if (tally.NoPosition > 0)
        {
            var silent = string.Join(", ", present.Where(p => ballot.Of(p) is null));
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally, $"Not decided: {silent} hold no position yet.") { Code = "no-position", Args = [silent] };
        }

        var reserving = ballot.Holding(Position.Reserve);
        if (reserving.Count > 0)
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally, $"Reserve outstanding: {string.Join(", ", reserving)}.")
            {
                Code = "reserve", Args = [string.Join(", ", reserving)],
            };
        }

        if (tally.Concur == 0)
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], tally, "Nobody concurs.") { Code = "nobody-concurs" };
        }

        var bound = present.Except(objectors).ToList();
        return objectors.Count == 0
            ? new Outcome(OutcomeKind.Adopted, rule, bound, objectors, tally, "Consensus: no objection, no reserve.") { Code = "consensus" }
            : new Outcome(OutcomeKind.Adopted, rule, bound, objectors, tally, $"Adopted; {string.Join(", ", objectors)} opted out.")
            {
                Code = "opted-out", Args = [string.Join(", ", objectors)],
            };
    }
}
