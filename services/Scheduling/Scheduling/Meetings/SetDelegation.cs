namespace SummitCoordination.Scheduling.Meetings;

/// <summary>A party's delegation to a meeting: its head with rank, and members (<c>PUT /api/meetings/{id}/delegations/{party}</c>).</summary>
public sealed record SetDelegation(Guid MeetingId, string Party, SetDelegationRequest Request, ClaimsPrincipal User);

/// <summary>
/// Sets the delegation; while the meeting holds its slot, the people named are checked against their other meetings
/// (one person in two places is a conflict: hard refuses, soft needs a reason). Publishes MeetingDelegationsChanged.
/// </summary>
public sealed class SetDelegationHandler(SchedulingDbContext db, ConflictChecker checker, TimeProvider clock) : IHandler<SetDelegation, MeetingResponse>
{
    public async Task<MeetingResponse> HandleAsync(SetDelegation request, CancellationToken cancellationToken)
    {
        var (party, ask) = (request.Party, request.Request);
        if (!await PartyStandings.MaySendDelegationAsync(db, party, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Invalid, "delegation.unknown-party", $"'{party}' is not a known member or partner.");
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw DomainException.NotFound("Meeting", request.MeetingId);
        var body = await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var delegation = new Delegation(party, ask.HeadName, ask.HeadRank!.Trim(), ask.Members ?? []);
        var candidate = CandidateMeeting.Of(meeting, body) with
        {
            Delegations = [.. meeting.Delegations.Where(d => d.Party != party), delegation],
        };
        var warnings = meeting.HoldsItsSlot
            ? ConflictPolicy.Enforce(await checker.CheckAsync(candidate, cancellationToken), ask.Override?.Reason)
            : [];
        var now = clock.GetUtcNow().UtcDateTime;
        db.Raise(meeting.SetDelegation(delegation, now, request.User.Actor(), ask.Override?.Reason), now);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingResponse.From(meeting, body, warnings);
    }
}
