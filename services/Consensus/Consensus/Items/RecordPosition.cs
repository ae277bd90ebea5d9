namespace SummitCoordination.Consensus.Items;

/// <summary>
/// A delegation records its own state's position on an item (<c>PUT /api/agenda-items/{id}/positions/{party}</c>); with
/// <paramref name="IfMatch"/>, only on the version of the item it names.
/// </summary>
public sealed record RecordPosition(Guid ItemId, string Party, Position Position, string? Note, ClaimsPrincipal User,
    IList<EntityTagHeaderValue>? IfMatch = null);

/// <summary>
/// Reads the item, its positions and its meeting in one query, checks the caller speaks for a state deciding there,
/// records the position, ends a silence procedure the position breaks, and saves once (item, history and outbox row in
/// one transaction); the reply is the item as it now stands, so the caller reads nothing back. Six delegations may
/// answer at the same instant: the endpoint queues writers of one item (<see cref="OneWriterPerAggregateExtensions"/>)
/// and reruns a write that lost a race with another process (<see cref="ConcurrencyRetryFilter{TContext}"/>), so no
/// position is lost and this handler holds no loop.
/// </summary>
public sealed class RecordPositionHandler(ConsensusDbContext db, ItemDecisions decisions, TimeProvider clock,
    [FromKeyedServices(ConsensusDbContext.Service)] IDeadlines deadlines) : IHandler<RecordPosition, ItemResponse>
{
    public async Task<ItemResponse> HandleAsync(RecordPosition request, CancellationToken cancellationToken)
    {
        var (id, user) = (request.ItemId, request.User);
        var (item, meeting) = await ItemAndMeeting.LoadAsync(db, id, tracked: true, cancellationToken) ?? throw DomainException.NotFound("Agenda item", id);
        if (meeting is null || !user.MaySeeMeeting(meeting.Seats))
        {
            // Not at the meeting: the item does not exist for this caller, as for a random id.
            throw user.IsSecretariat() && meeting is null
                ? new DomainException(DomainErrorKind.Conflict, "item.waiting", "The item waits for a meeting.")
                : DomainException.NotFound("Agenda item", id);
        }

        // 403 for another state's position or a state that does not decide here, even for a valid party code.
        ItemAccess.RequireOwnEligibleParty(user, meeting, request.Party);
        EntityTags.RequireIfMatch(request.IfMatch, item.Version, "item");
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = item.RecordPosition(request.Party, request.Position, request.Note, now, user.Actor());
        db.Raise(taken.Recorded, now);
        if (taken.BreaksSilence)
        {
            // Breaking silence ends the procedure at once; its timer goes once that is committed.
            await decisions.DecideAsync(item, now, Actors.System, cancellationToken);
            db.AfterCommit(token => deadlines.ClearAsync(SilenceDeadlineJob.Key(id), token));
        }

        await db.SaveChangesAsync(cancellationToken);
        // The caller has a delegation at the meeting (it decides there), so it sees the positions, as its GET would.
        return ItemResponse.From(item, user, ItemResponse.SeesPositions(user, meeting));
    }
}
