namespace SummitCoordination.Consensus.Rules;

public sealed record Tally(int Concur, int Abstain, int Object, int Reserve, int NoPosition, int Absent);

/// <summary>
/// What a decision rule made of the positions: who is bound, who opted out, the tally, the rule and why. <c>Reason</c>
/// is the why in English; <c>Code</c> and <c>Args</c> say the same for a client that writes it in its reader's language
/// (party lists as codes separated by ", ").
/// </summary>
public sealed record Outcome(OutcomeKind Kind, DecidedBy Rule, IReadOnlyList<string> Bound, IReadOnlyList<string> OptedOut, Tally Tally, string Reason)
{
    public string Code { get; init; } = "";

    public IReadOnlyList<string> Args { get; init; } = [];
}
