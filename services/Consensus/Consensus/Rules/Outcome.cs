namespace SummitCoordination.Consensus.Rules;

public enum OutcomeKind
{
    Adopted,
    Blocked,
    Deferred,
}

public sealed record Tally(int Concur, int Abstain, int Object, int Reserve, int NoPosition, int Absent);

/// <summary>What a decision rule made of the positions: who is bound, who opted out, the tally, the rule and why.</summary>
public sealed record Outcome(OutcomeKind Kind, string Rule, IReadOnlyList<string> Bound, IReadOnlyList<string> OptedOut, Tally Tally, string Reason);
