namespace SummitCoordination.Consensus.Rules;

/// <summary>A party's position on an item: Reserve means it cannot decide yet (awaiting instructions).</summary>
public enum Position
{
    Concur,
    Abstain,
    Object,
    Reserve,
}
