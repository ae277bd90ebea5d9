namespace SummitCoordination.Consensus.Rules;

/// <summary>DOMAIN.md, Quorum: set per body; by default every eligible party present. Below it nothing is decided.</summary>
public static class Quorum
{
    public static int Required(Ballot ballot) => ballot.Settings.Quorum ?? ballot.Eligible.Count;

    public static bool Met(Ballot ballot) => ballot.PresentEligible.Count >= Required(ballot);
}
