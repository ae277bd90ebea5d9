namespace SummitCoordination.Consensus.Rules;

/// <summary>
/// What a rule decides on: the eligible parties (the members at the meeting, plus X in a C5+X meeting), which of
/// them are present, the positions held, the body's settings, and for a silence procedure whether its deadline passed.
/// </summary>
public sealed record Ballot(
    IReadOnlyList<string> Eligible,
    IReadOnlyCollection<string> Present,
    IReadOnlyDictionary<string, Position> Positions,
    DecisionRuleSettings Settings,
    bool SilenceDeadlinePassed = false)
{
    /// <summary>An absent party's position is never counted, whatever it is.</summary>
    public Position? Of(string party) => Present.Contains(party) && Positions.TryGetValue(party, out var p) ? p : null;

    public IReadOnlyList<string> PresentEligible => Eligible.Where(Present.Contains).ToList();

    public IReadOnlyList<string> Holding(Position position) => PresentEligible.Where(p => Of(p) == position).ToList();

    public Tally Tally() => new(
        Holding(Position.Concur).Count, Holding(Position.Abstain).Count, Holding(Position.Object).Count, Holding(Position.Reserve).Count,
        PresentEligible.Count(p => Of(p) is null), Eligible.Count - PresentEligible.Count);
}
