namespace SummitCoordination.Consensus.Items;

/// <summary>The chair (or the secretariat) puts an item under the silence procedure until a deadline (<c>POST /api/agenda-items/{id}/silence</c>).</summary>
public sealed record StartSilence(Guid ItemId, DateTime DeadlineUtc, ClaimsPrincipal User);

/// <summary>Starts the procedure and sets its persistent deadline once that is saved; the deadline job decides then (DOMAIN.md, Silence procedure).</summary>
public sealed class StartSilenceHandler(ConsensusDbContext db, IAuthorizationService authorization, TimeProvider clock,
    [FromKeyedServices(ConsensusDbContext.Service)] IDeadlines deadlines) : IHandler<StartSilence, ItemResponse>
{
    public async Task<ItemResponse> HandleAsync(StartSilence request, CancellationToken cancellationToken)
    {
        var (item, _) = await ItemEndpoints.LoadForChairAsync(db, authorization, request.ItemId, request.User, cancellationToken);
        await CleanTextGate.RequireCleanAsync(db, item, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.DeadlineUtc <= now)
        {
            throw new DomainException(DomainErrorKind.Invalid, "silence.deadline-past", "The deadline must be in the future.");
        }

        item.StartSilence(request.DeadlineUtc, now, request.User.Actor());
        db.Raise(new SilenceProcedureStarted(item.Id, item.MeetingId!.Value, item.Title, request.DeadlineUtc, now), now);
        db.AfterCommit(token => SilenceDeadlineJob.SetAsync(deadlines, item.Id, request.DeadlineUtc, token));
        await db.SaveChangesAsync(cancellationToken);
        return ItemResponse.From(item, request.User);
    }
}

/// <summary>The chair moves a blocked item on: deferred to the body's next meeting, or referred up to the parent body.</summary>
public sealed record MoveBlocked(Guid ItemId, bool Up, ClaimsPrincipal User);

public sealed class MoveBlockedHandler(ConsensusDbContext db, IAuthorizationService authorization, ItemDecisions decisions, TimeProvider clock)
    : IHandler<MoveBlocked, ItemResponse>
{
    public async Task<ItemResponse> HandleAsync(MoveBlocked request, CancellationToken cancellationToken)
    {
        var (item, meeting) = await ItemEndpoints.LoadForChairAsync(db, authorization, request.ItemId, request.User, cancellationToken);
        item.RequireBlocked(request.Up ? "referred up" : "deferred");
        var (bodyId, layer) = request.Up ? ItemDecisions.ParentOf(meeting) : (item.BodyId, item.Layer);
        await decisions.MoveOnAsync(item, bodyId, layer, meeting.StartUtc, request.Up ? ItemMove.Referred : ItemMove.Deferred, clock.GetUtcNow().UtcDateTime,
            request.User.Actor(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ItemResponse.From(item, request.User);
    }
}

/// <summary>The chair (or the secretariat) applies the body's rule to an item, or only asks what applying it now would give.</summary>
public sealed record DecideItem(Guid ItemId, ClaimsPrincipal User, bool Preview = false);

/// <summary>
/// Applies the rule to the positions held: publishes AgendaItemDecided, then AgendaItemEscalated or AgendaItemAdopted.
/// A preview runs the same rule and saves and publishes nothing.
/// </summary>
public sealed class DecideItemHandler(ConsensusDbContext db, IAuthorizationService authorization, ItemDecisions decisions, TimeProvider clock)
    : IHandler<DecideItem, DecisionResponse>
{
    public async Task<DecisionResponse> HandleAsync(DecideItem request, CancellationToken cancellationToken)
    {
        var (item, meeting) = await ItemEndpoints.LoadForChairAsync(db, authorization, request.ItemId, request.User, cancellationToken);
        await CleanTextGate.RequireCleanAsync(db, item, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Preview)
        {
            return new DecisionResponse(ItemResponse.From(item, request.User), ItemDecisions.Preview(item, meeting, now));
        }

        var outcome = await decisions.DecideAsync(item, now, request.User.Actor(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new DecisionResponse(ItemResponse.From(item, request.User), outcome);
    }
}
