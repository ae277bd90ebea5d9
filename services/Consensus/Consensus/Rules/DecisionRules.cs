using System.Globalization;


namespace SummitCoordination.Consensus.Rules;

/// <summary>Picks the body's rule and applies the checks every rule shares: quorum first.</summary>
public static class DecisionRules
{
    public static Outcome Decide(Ballot ballot)
    {
        var rule = ballot.Settings.Rule;
        // A silence procedure goes to every party and counts no answer as consent: presence is not asked.
        if (rule != nameof(SilenceProcedure) && !Quorum.Met(ballot))
        {
            return new Outcome(OutcomeKind.Deferred, rule, [], [], ballot.Tally(),
                $"Below quorum: {ballot.PresentEligible.Count} of {Quorum.Required(ballot)} required present.")
            {
                Code = "below-quorum",
                Args = [ballot.PresentEligible.Count.ToString(CultureInfo.InvariantCulture), Quorum.Required(ballot).ToString(CultureInfo.InvariantCulture)],
            };
        }

        return rule switch
        {
            "Consensus" => ConsensusRule.Decide(ballot, maxOptOuts: 0),
            "ConsensusMinusX" => ConsensusRule.Decide(ballot, maxOptOuts: ballot.Settings.MinusX ?? 0),
            nameof(SilenceProcedure) => SilenceProcedure.Decide(ballot),
            "QualifiedMajority" => QualifiedMajorityRule.Decide(ballot),
            _ => throw new InvalidOperationException($"Unknown decision rule {rule}."),
        };
    }
}
