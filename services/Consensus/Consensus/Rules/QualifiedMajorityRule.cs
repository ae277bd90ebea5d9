using System.Globalization;

namespace SummitCoordination.Consensus.Rules;

/// <summary>
/// DOMAIN.md, Qualified majority: weighted votes (weight 1 where the body sets none) against a threshold of the
/// weight of the parties present that concur or object; abstentions are not votes. With opt-out, objectors are
/// left unbound. A reserve outstanding defers. Never used for Leaders (refused when the body is set).
/// </summary>
public static class QualifiedMajorityRule
{
    public static Outcome Decide(Ballot ballot)
    {
        var tally = ballot.Tally();
        var settings = ballot.Settings;
        int Weight(string party) => settings.Weights is not null && settings.Weights.TryGetValue(party, out var w) ? w : 1;
        var reserving = ballot.Holding(Position.Reserve);
        if (reserving.Count > 0 || tally.NoPosition > 0)
        {
            return new Outcome(OutcomeKind.Deferred, DecidedBy.QualifiedMajority, [], [], tally, "Not every party present has voted.") { Code = "not-all-voted" };
        }

        var concur = ballot.Holding(Position.Concur).Sum(Weight);
        var objectors = ballot.Holding(Position.Object);
        var cast = concur + objectors.Sum(Weight);
        var threshold = settings.Threshold ?? 2m / 3m;
        if (cast == 0 || (decimal)concur / cast < threshold)
        {
            return new Outcome(OutcomeKind.Blocked, DecidedBy.QualifiedMajority, [], [], tally, $"{concur} of {cast} weighted votes, below {threshold:P1}.")
            {
                Code = "below-threshold", Args = [concur.ToString(CultureInfo.InvariantCulture), cast.ToString(CultureInfo.InvariantCulture), threshold.ToString("0.###", CultureInfo.InvariantCulture)],
            };
        }

        var optedOut = settings.AllowOptOut ? objectors : [];
        var bound = ballot.PresentEligible.Except(optedOut).ToList();
        return new Outcome(OutcomeKind.Adopted, DecidedBy.QualifiedMajority, bound, optedOut, tally, $"{concur} of {cast} weighted votes, at least {threshold:P1}.")
        {
            Code = "threshold-met", Args = [concur.ToString(CultureInfo.InvariantCulture), cast.ToString(CultureInfo.InvariantCulture), threshold.ToString("0.###", CultureInfo.InvariantCulture)],
        };
    }
}
