namespace SummitCoordination.Scheduling.Meetings;

/// <summary>
/// The one place that decides "host out of turn" (DOMAIN.md, Chair and host; issue 19, point 6), for scheduling a
/// meeting, accepting a summit week and rescheduling or moving a meeting to another host. For a body whose turn passes
/// with each meeting held, a host other than the state whose turn it is would pass that state over without anyone
/// deciding it: the request says whether that state waives its turn (a waiver for the year on the body; the chair is
/// then the next in order, who must be the host) or keeps it (the meeting is marked hosted out of turn and its close
/// records no turn). Without an answer: 409 <c>meeting.host-out-of-turn</c> with <c>turnOf</c> and <c>host</c>.
/// </summary>
public static class HostAndTurn
{
    public const string Code = "meeting.host-out-of-turn";

    /// <summary>Whether the body's turn passes to the host of each meeting held (so a host out of turn needs a decision).</summary>
    public static bool HostsByTurn(Body body) =>
        body.ChairRotation.Advance == RotationAdvance.PerMeeting && body.ChairRotation.Policy != RotationPolicy.FollowsBody;

    /// <summary>
    /// The question, without deciding it: the chair on the date and the state whose turn the host would pass over (null
    /// when there is nothing to ask: the host is in turn, the body does not host by turn, or the meeting already keeps
    /// that turn for this host, <paramref name="keptForHost"/>).
    /// </summary>
    public static async Task<(ChairResponse Chair, string? TurnOf)> AskAsync(ChairResolver chairs, Body body, string host, DateOnly on,
        CancellationToken ct, bool keptForHost = false)
    {
        var chair = await chairs.ChairOnAsync(body, on, ct);
        return (chair, HostsByTurn(body) && chair.Party != host && !keptForHost ? chair.Party : null);
    }

    /// <summary>
    /// Decides for <paramref name="meeting"/>, hosted by <paramref name="host"/> on <paramref name="on"/> (its date at the
    /// venue), with the answer given; answers the chair of the meeting. A meeting that already keeps the turn for this
    /// host (<paramref name="keptForHost"/>: rescheduled without a new host) is not asked again; one now hosted in turn
    /// counts as a turn again.
    /// </summary>
    public static async Task<string> DecideAsync(ChairResolver chairs, Meeting meeting, Body body, string host, DateOnly on, TurnChoice? turn,
        DateTime nowUtc, string actor, CancellationToken ct, bool keptForHost = false, Guid? plannedBodyId = null)
    {
        var chair = await chairs.ChairOnAsync(body, on, ct);
        if (!HostsByTurn(body) || chair.Party == host)
        {
            meeting.HostedInTurn();
            return chair.Party;
        }

        if (keptForHost)
        {
            return chair.Party;
        }

        var turnOf = chair.Party;

        switch (turn)
        {
            case TurnChoice.Kept:
                meeting.HostOutOfTurn(turnOf, nowUtc, actor, host);
                return chair.Party;
            case TurnChoice.Waived:
                body.Waive(on.Year, turnOf);
                var next = await chairs.ChairOnAsync(body, on, ct);
                if (next.Party == host)
                {
                    meeting.HostedInTurn();
                    meeting.TurnWaivedBy(turnOf, nowUtc, actor, host, on.Year);
                    return next.Party;
                }

                // Waived, and the turn falls on yet another state than the host: that state is asked in turn.
                throw OutOfTurn(host, next, plannedBodyId);
            default:
                throw OutOfTurn(host, chair, plannedBodyId);
        }
    }

    /// <summary>409 <c>meeting.host-out-of-turn</c>: whose turn it is (<c>turnOf</c>), the host, and for a summit week the planned meeting (<c>bodyId</c>).</summary>
    public static DomainException OutOfTurn(string host, ChairResponse chair, Guid? plannedBodyId = null)
    {
        var extensions = new Dictionary<string, object?> { ["turnOf"] = chair.Party, ["host"] = host };
        if (plannedBodyId is { } bodyId)
        {
            extensions["bodyId"] = bodyId;
        }

        return new DomainException(DomainErrorKind.Conflict, Code,
            $"It is {chair.Party}'s turn ({chair.Reason}); with {host} hosting{(plannedBodyId is null ? "" : $" {chair.BodyName}")}, say whether {chair.Party} waives its turn (turn: Waived) or keeps it (turn: Kept).",
            extensions);
    }
}
