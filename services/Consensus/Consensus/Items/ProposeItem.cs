namespace SummitCoordination.Consensus.Items;

/// <summary>A party at a meeting still ahead proposes an item for its agenda (<c>POST /api/agenda-items</c>).</summary>
public sealed record ProposeItem(ProposeItemRequest Request, ClaimsPrincipal User);

/// <summary>Adds the item at the end of the meeting's agenda and tells the other services (AgendaItemProposed, through the outbox).</summary>
public sealed class ProposeItemHandler(ConsensusDbContext db, ItemDecisions decisions, TimeProvider clock) : IHandler<ProposeItem, ItemResponse>
{
    public async Task<ItemResponse> HandleAsync(ProposeItem proposal, CancellationToken cancellationToken)
    {
        var (request, user) = (proposal.Request, proposal.User);
        var id = request.MeetingId!.Value;
        // A caller who may not see the meeting is told it does not exist (404, as for a random id); one who sits
        // there without the right to propose (an invited observer) is told so (403).
        var meeting = ItemAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken), id);
        var proposer = ItemAccess.Proposer(user, meeting);
        if (!meeting.IsAhead)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.meeting-over", $"The meeting is {meeting.Status}; propose for another.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var item = AgendaItem.Propose(meeting, request.Kind!.Value, request.Title!.Trim(), request.Text, request.TargetLayer!.Value, proposer,
            request.StatementId, request.StatementVersion, await decisions.NextOrderAsync(meeting.Id, cancellationToken), now, user.Actor(),
            request.Admission?.ToAdmission());
        db.AgendaItems.Add(item);
        db.Raise(new AgendaItemProposed(item.Id, meeting.Id, item.Kind, item.Title, item.TargetLayer, proposer, now, item.StatementId), now);
        await db.SaveChangesAsync(cancellationToken);
        return ItemResponse.From(item, user);
    }
}

/// <summary>The secretariat enters an item of a meeting held outside the service, with its outcome from the record (<c>POST /api/agenda-items/held</c>).</summary>
public sealed record RecordHeldItem(RecordHeldItemRequest Request, ClaimsPrincipal User);

/// <summary>
/// Records the item as decided; an outcome adopted or blocked is told to the other services as a decision by the
/// record (AgendaItemDecided with <see cref="DecidedBy.Recorded"/>), and an adopted one as adopted, binding the parties present unless named.
/// </summary>
public sealed class RecordHeldItemHandler(ConsensusDbContext db, ItemDecisions decisions, TimeProvider clock) : IHandler<RecordHeldItem, ItemResponse>
{
    public async Task<ItemResponse> HandleAsync(RecordHeldItem record, CancellationToken cancellationToken)
    {
        var (request, user) = (record.Request, record.User);
        var id = request.MeetingId!.Value;
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw DomainException.NotFound("Meeting", id);
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = request.Outcome!.Value;
        var item = AgendaItem.RecordHeld(meeting, request.Kind!.Value, request.Title!.Trim(), request.Text, request.TargetLayer!.Value,
            request.ProposedBy ?? AgendaItem.Secretariat, request.StatementId, request.StatementVersion, request.Admission?.ToAdmission(),
            await decisions.NextOrderAsync(meeting.Id, cancellationToken), outcome, request.Reason, now, user.Actor());
        db.AgendaItems.Add(item);
        var bound = request.Bound?.ToList() ?? meeting.Present.ToList();
        if (outcome is ItemStatus.Adopted or ItemStatus.Blocked)
        {
            db.Raise(new AgendaItemDecided(item.Id, meeting.Id, outcome == ItemStatus.Adopted ? OutcomeKind.Adopted : OutcomeKind.Blocked, DecidedBy.Recorded,
                outcome == ItemStatus.Adopted ? bound : [], [], request.Reason ?? "As recorded.", now, item.Title), now);
        }

        if (outcome == ItemStatus.Adopted)
        {
            db.Raise(new AgendaItemAdopted(item.Id, meeting.Id, item.Kind, item.Title, item.StatementId, item.StatementVersion, bound, [],
                meeting.EndUtc, item.Admission), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ItemResponse.From(item, user);
    }
}
