using System.Globalization;

namespace SummitCoordination.Consensus.Rules;

/// <summary>Picks the body's rule and applies the checks every rule shares: quorum first.</summary>
public static class DecisionRules
{
    public static Outcome Decide(Ballot ballot)
    {
        var rule = ballot.Settings.Rule;
        // A silence procedure goes to every party and counts no answer as consent: presence is not asked.
        if (rule != DecisionRule.SilenceProcedure && !Quorum.Met(ballot))
        {
            return new Outcome(OutcomeKind.Deferred, DecidedByRule.Of(rule), [], [], ballot.Tally(),
                $"Below quorum: {ballot.PresentEligible.Count} of {Quorum.Required(ballot)} required present.")
            {
                Code = "below-quorum",
                Args = [ballot.PresentEligible.Count.ToString(CultureInfo.InvariantCulture), Quorum.Required(ballot).ToString(CultureInfo.InvariantCulture)],
            };
        }

        return rule switch
        {
            DecisionRule.Consensus => ConsensusRule.Decide(ballot, maxOptOuts: 0),
            DecisionRule.ConsensusMinusX => ConsensusRule.Decide(ballot, maxOptOuts: ballot.Settings.MinusX ?? 0),
            DecisionRule.SilenceProcedure => SilenceProcedure.Decide(ballot),
            DecisionRule.QualifiedMajority => QualifiedMajorityRule.Decide(ballot),
            _ => throw new InvalidOperationException($"Unknown decision rule {rule}."),
        };
    }
}
