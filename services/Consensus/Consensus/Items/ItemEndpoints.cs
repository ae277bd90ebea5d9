using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Consensus.Items;

public sealed record AgendaResponse(Guid MeetingId, string Title, string BodyName, Layer Layer, string Format, DateTime StartUtc, string Status,
    string Chair, DecisionRuleSettings? DecisionRule, IReadOnlyList<ItemResponse> Items, IReadOnlyList<string>? Deciders = null, bool Held = false);

public sealed record DecisionResponse(ItemResponse Item, Outcome Outcome) : IVersioned
{
    Microsoft.Net.Http.Headers.EntityTagHeaderValue IVersioned.ETag => EntityTags.For(Item.Version);
}

public static class ItemEndpoints
{
    private const string ChairRule = "chair of the meeting or the secretariat (ConsensusChairHandler)";

    public static IEndpointRouteBuilder MapItemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/agenda", async (Guid id, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var meeting = ItemAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct), id);
                var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.Order).ToListAsync(ct);
                return TypedResults.Ok(new AgendaResponse(meeting.Id, meeting.Title, meeting.BodyName, meeting.Layer, meeting.Format, meeting.StartUtc,
                    meeting.Status.ToString(), meeting.Chair, meeting.DecisionRule,
                    items.Select(i => ItemResponse.From(i, user, ItemResponse.SeesPositions(user, meeting))).ToList(), meeting.Deciders, meeting.Held));
            })
            .RequireAuthorization(Policies.Participant).WithTags("Agenda").WithSummary("The ordered agenda of a meeting, with its deciding set (from the standings on its date).");

        app.MapPut("/api/meetings/{id:guid}/agenda/order", async (Guid id, AgendaOrderRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
                ConsensusDbContext db, CancellationToken ct) =>
            {
                var meeting = ItemAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct), id);
                await ItemAccess.RequireChairOrSecretariatAsync(authorization, user, meeting);
                var items = await db.AgendaItems.Where(i => i.MeetingId == id).ToListAsync(ct);
                var order = await AgendaOrderAsync(db, id, items, request.ItemIds!, ct);
                foreach (var item in items)
                {
                    item.Reorder(order.IndexOf(item.Id) + 1);
                }

                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(items.OrderBy(i => i.Order).Select(i => ItemResponse.From(i, user)).ToList());
            })
            .Validate<AgendaOrderRequest>().RequireAuthorization(Policies.Participant).AccessRule(ChairRule).WithTags("Agenda")
            .WithSummary("Reorders the agenda (chair or secretariat): the items named first, in that order, then those not named in their current order " +
                "(an item that reached the agenda since the caller read it); a named item that has left the agenda since (escalated, deferred, " +
                "referred, withdrawn) is passed over. Answers the agenda as it now stands.");

        // Every reply that shows one item carries its version as an ETag (a GET answers 304 to a caller that holds it).
        var group = app.MapGroup("/api/agenda-items").WithTags("Agenda items").WithEntityTag();
        group.MapPost("/", ProposeAsync).Validate<ProposeItemRequest>().RequireAuthorization(Policies.Participant)
            .AccessRule("may propose at the meeting: a member delegation, partner X, the chair or the secretariat (ItemAccess.Proposer)")
            .WithSummary("Proposes an item (member delegation at the meeting, partner X, chair or secretariat); publishes AgendaItemProposed. A Decision may admit a party (admission: party, standing, from).");
        group.MapPost("/held", RecordHeldAsync).Validate<RecordHeldItemRequest>().RequireAuthorization(Policies.Secretariat)
            .WithSummary("Records an item of a meeting recorded as held, with its outcome from the record (the secretariat); publishes AgendaItemDecided and AgendaItemAdopted as a decision would.");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var (item, meeting) = await LoadVisibleAsync(db, id, user, ct);
                return TypedResults.Ok(ItemResponse.From(item, user, ItemResponse.SeesPositions(user, meeting)));
            })
            .RequireAuthorization(Policies.Participant).Produces(StatusCodes.Status304NotModified)
            .WithSummary("An item with its positions (confidential notes only to their author and the secretariat). Sends the item's version as a strong ETag; " +
                "If-None-Match with it answers 304.");
        group.MapGet("/{id:guid}/history", async (Guid id, ClaimsPrincipal user, ConsensusDbContext db, CancellationToken ct) =>
            {
                var (_, meeting) = await LoadVisibleAsync(db, id, user, ct);
                var seesPositions = ItemResponse.SeesPositions(user, meeting);
                var history = await db.AgendaItems.AsNoTracking().Where(i => i.Id == id).SelectMany(i => i.History).OrderBy(h => h.Id).ToListAsync(ct);
                return TypedResults.Ok(history
                    .Where(h => seesPositions || h.Kind != ItemEventKind.Position)
                    .Select(h => new HistoryEntry(h.AtUtc, h.Kind, h.Party, h.Detail, h.Party is null ? null : ItemResponse.NoteFor(user, h.Party, h.Note), h.Actor, h.MeetingId))
                    .ToList());
            })
            .RequireAuthorization(Policies.Participant).WithSummary("Every position and status change, with actor and time, filtered by who asks.");
        group.MapPut("/{id:guid}/positions/{party}", RecordPositionAsync).Validate<PositionRequest>().RequireAuthorization(Policies.Delegation)
            .AccessRule("own state: the party's own delegation (OwnStateHandler's rule), its state deciding at the meeting")
            .OneWriterPerAggregate().ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("A delegation records its own state's position while the item is under consideration; publishes PositionRecorded. " +
                "Answers the item as it now stands, as GET shows it to the caller, with its ETag (no read-back needed); with If-Match, " +
                "a version the item has moved on from is refused with 412.");
        group.MapPost("/{id:guid}/decision", async (Guid id, ClaimsPrincipal user, DecideItemHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new DecideItem(id, user), ct)))
            .RequireAuthorization(Policies.Participant).AccessRule(ChairRule)
            .WithSummary("Applies the body's rule (chair or secretariat); publishes AgendaItemDecided, then AgendaItemEscalated or AgendaItemAdopted.");
        group.MapPost("/{id:guid}/decision/preview", async (Guid id, ClaimsPrincipal user, DecideItemHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new DecideItem(id, user, Preview: true), ct)))
            .RequireAuthorization(Policies.Participant).AccessRule(ChairRule)
            .WithSummary("What closing the item now would give (chair or secretariat): the body's rule run on the current positions, nothing saved or published.");
        group.MapPost("/{id:guid}/silence", StartSilenceAsync).Validate<SilenceRequest>().RequireAuthorization(Policies.Participant).AccessRule(ChairRule)
            .WithSummary("Starts a silence procedure with a deadline (chair or secretariat); a persistent job decides at the deadline.");
        group.MapPost("/{id:guid}/defer", async (Guid id, ClaimsPrincipal user, MoveBlockedHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new MoveBlocked(id, Up: false, user), ct)))
            .RequireAuthorization(Policies.Participant).AccessRule(ChairRule).WithSummary("Defers a blocked item to the body's next meeting (chair or secretariat).");
        group.MapPost("/{id:guid}/refer", async (Guid id, ClaimsPrincipal user, MoveBlockedHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new MoveBlocked(id, Up: true, user), ct)))
            .RequireAuthorization(Policies.Participant).AccessRule(ChairRule).WithSummary("Refers a blocked item up to the parent body (chair or secretariat).");
        group.MapPost("/{id:guid}/withdraw", async (Guid id, ClaimsPrincipal user, IAuthorizationService authorization, ConsensusDbContext db, TimeProvider clock,
                CancellationToken ct) =>
            {
                var (item, _) = await LoadVisibleAsync(db, id, user, ct, tracked: true);
                await ItemAccess.RequireProposerAsync(authorization, user, item);

                var now = clock.GetUtcNow().UtcDateTime;
                db.Raise(item.Withdraw(now, user.Actor()), now);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(ItemResponse.From(item, user));
            })
            .RequireAuthorization(Policies.Participant).AccessRule("proposer of the item (ItemProposerHandler)").WithSummary("The proposer withdraws its item.");
        return app;
    }

    /// <summary>
    /// The order a reorder gives. The agenda moves under the caller's feet by the service's own work (an item climbs here
    /// from the layer below, or away to the next one, at a silence deadline or a meeting's close) and by other people's
    /// acts: an order read before such a move still applies to the items that are there, and never fails because of it.
    /// What cannot be an order is refused: an item named twice, or one that was never on this meeting's agenda.
    /// </summary>
    private static async Task<List<Guid>> AgendaOrderAsync(ConsensusDbContext db, Guid meetingId, IReadOnlyList<AgendaItem> items, IReadOnlyList<Guid> named,
        CancellationToken ct)
    {
        var repeated = named.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "agenda.order-mismatch", "Name each item once.",
                new Dictionary<string, object?> { ["repeated"] = repeated });
        }

        var here = items.Select(i => i.Id).ToHashSet();
        var elsewhere = named.Where(i => !here.Contains(i)).ToList();
        if (elsewhere.Count > 0)
        {
            var left = await db.AgendaItems.AsNoTracking().Where(i => elsewhere.Contains(i.Id) && i.History.Any(h => h.MeetingId == meetingId))
                .Select(i => i.Id).ToListAsync(ct);
            var never = elsewhere.Except(left).ToList();
            if (never.Count > 0)
            {
                throw new DomainException(DomainErrorKind.Invalid, "agenda.order-mismatch", "Name only items of this meeting's agenda.",
                    new Dictionary<string, object?> { ["notOnAgenda"] = never });
            }
        }

        return [.. named.Where(here.Contains), .. items.Where(i => !named.Contains(i.Id)).OrderBy(i => i.Order).Select(i => i.Id)];
    }

    /// <summary>The item and its meeting in one query; 404 for a caller who does not sit in its meeting, as for a random id.</summary>
    private static async Task<ItemAndMeeting> LoadVisibleAsync(ConsensusDbContext db, Guid id, ClaimsPrincipal user, CancellationToken ct, bool tracked = false)
    {
        var found = await ItemAndMeeting.LoadAsync(db, id, tracked, ct);
        if (found is null || (!user.IsSecretariat() && (found.Meeting is null || !user.MaySeeMeeting(found.Meeting.Seats))))
        {
            throw DomainException.NotFound("Agenda item", id);
        }

        return found;
    }

    internal static async Task<(AgendaItem Item, MeetingCopy Meeting)> LoadForChairAsync(ConsensusDbContext db, IAuthorizationService authorization, Guid id,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (item, meeting) = await LoadVisibleAsync(db, id, user, ct, tracked: true);
        if (meeting is null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.waiting", "The item waits for a meeting.");
        }

        await ItemAccess.RequireChairOrSecretariatAsync(authorization, user, meeting);
        return (item, meeting);
    }

    private static async Task<Created<ItemResponse>> ProposeAsync(ProposeItemRequest request, ClaimsPrincipal user, ProposeItemHandler handler,
        CancellationToken ct)
    {
        var item = await handler.HandleAsync(new ProposeItem(request, user), ct);
        return TypedResults.Created($"/api/agenda-items/{item.Id}", item);
    }

    private static async Task<Created<ItemResponse>> RecordHeldAsync(RecordHeldItemRequest request, ClaimsPrincipal user, RecordHeldItemHandler handler,
        CancellationToken ct)
    {
        var item = await handler.HandleAsync(new RecordHeldItem(request, user), ct);
        return TypedResults.Created($"/api/agenda-items/{item.Id}", item);
    }

    private static async Task<Ok<ItemResponse>> RecordPositionAsync(Guid id, string party, PositionRequest request, HttpContext http,
        RecordPositionHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(
            new RecordPosition(id, party, request.Position!.Value, request.Note, http.User, http.Request.GetTypedHeaders().IfMatch), ct));

    private static async Task<Ok<ItemResponse>> StartSilenceAsync(Guid id, SilenceRequest request, ClaimsPrincipal user, StartSilenceHandler handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new StartSilence(id, request.Deadline!.Value.UtcDateTime, user), ct));

}
