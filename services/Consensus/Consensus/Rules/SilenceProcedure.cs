namespace SummitCoordination.Consensus.Rules;

/// <summary>
/// DOMAIN.md, Silence procedure: at the deadline the item is adopted unless some party broke silence (objected
/// or reserved) before it. No answer is consent.
/// </summary>
public static class SilenceProcedure
{
    public static bool BreaksSilence(Position position) => position is Position.Object or Position.Reserve;

    public static Outcome Decide(Ballot ballot)
    {
        var tally = ballot.Tally();
        var breakers = ballot.Eligible.Where(p => ballot.Positions.TryGetValue(p, out var position) && BreaksSilence(position)).ToList();
        if (breakers.Count > 0)
        {
            return new Outcome(OutcomeKind.Blocked, DecidedBy.SilenceProcedure, [], [], tally, $"Silence broken by {string.Join(", ", breakers)}.")
            {
                Code = "silence-broken", Args = [string.Join(", ", breakers)],
            };
        }

        return ballot.SilenceDeadlinePassed
            ? new Outcome(OutcomeKind.Adopted, DecidedBy.SilenceProcedure, ballot.Eligible.ToList(), [], tally, "Silence held until the deadline.") { Code = "silence-held" }
            : new Outcome(OutcomeKind.Deferred, DecidedBy.SilenceProcedure, [], [], tally, "The silence procedure is still running.") { Code = "silence-running" };
    }
}
