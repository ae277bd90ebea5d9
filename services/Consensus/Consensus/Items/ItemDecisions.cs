namespace SummitCoordination.Consensus.Items;

/// <summary>
/// Applies a body's rule to an item and moves it on: consensus below the target layer escalates it to the parent
/// body's next meeting (or it waits for one), at the target layer it is adopted. The events go through the outbox.
/// </summary>
public sealed class ItemDecisions(ConsensusDbContext db)
{
    public async Task<Outcome> DecideAsync(AgendaItem item, DateTime nowUtc, string actor, CancellationToken ct)
    {
        // The meeting the act read with the item is tracked already: no second query for it.
        var meeting = await db.Meetings.FindAsync([item.MeetingId], ct)
            ?? throw new InvalidOperationException($"Item {item.Id} is decided at meeting {item.MeetingId}, which Consensus does not know.");
        if (item.Kind == ItemKind.Information)
        {
            item.Note(nowUtc, actor);
            var noted = new Outcome(OutcomeKind.Adopted, DecidedBy.Information, [], [], new Tally(0, 0, 0, 0, 0, 0), "Noted.");
            return noted;
        }

        var outcome = OutcomeOf(item, meeting, nowUtc);
        db.Raise(item.Decide(outcome, nowUtc, actor), nowUtc);
        if (outcome.Kind == OutcomeKind.Adopted)
        {
            if (item.Layer > item.TargetLayer)
            {
                await EscalateAsync(item, meeting, nowUtc, actor, ct);
            }
            else
            {
                db.Raise(item.Adopt(outcome, nowUtc, actor), nowUtc);
            }
        }
        else if (outcome.Kind == OutcomeKind.Blocked)
        {
            item.EndSilence("decided: blocked", nowUtc);
        }

        return outcome;
    }

    /// <summary>
    /// What closing the item now would give, without closing it: the same rule on the same positions, nothing saved and
    /// nothing published (the chair sees the outcome before confirming). Refused as closing would be for an item not open.
    /// </summary>
    public static Outcome Preview(AgendaItem item, MeetingCopy meeting, DateTime nowUtc)
    {
        item.RequireOpenToDecide();
        return item.Kind == ItemKind.Information
            ? new Outcome(OutcomeKind.Adopted, DecidedBy.Information, [], [], new Tally(0, 0, 0, 0, 0, 0), "Noted.")
            : OutcomeOf(item, meeting, nowUtc);
    }

    private static Outcome OutcomeOf(AgendaItem item, MeetingCopy meeting, DateTime nowUtc)
    {
        var settings = item.SilenceDeadlineUtc is not null ? new DecisionRuleSettings(DecisionRule.SilenceProcedure) : meeting.DecisionRule;
        var ballot = new Ballot(meeting.Eligible, meeting.Present, item.Positions.ToDictionary(p => p.Party, p => p.Position), settings,
            SilenceDeadlinePassed: item.SilenceDeadlineUtc <= nowUtc);
        return DecisionRules.Decide(ballot);
    }

    private async Task EscalateAsync(AgendaItem item, MeetingCopy from, DateTime nowUtc, string actor, CancellationToken ct)
    {
        var (parentId, parentLayer) = ParentOf(from);
        var next = await NextMeetingAsync(parentId, from.StartUtc, ct);
        var order = next is null ? (int?)null : await NextOrderAsync(next.Id, ct);
        item.MoveTo(parentId, parentLayer, next, ItemMove.Escalated, nowUtc, actor);
        if (order is { } place)
        {
            item.Reorder(place);
        }

        db.Raise(new AgendaItemEscalated(item.Id, from.Id, parentId, next?.Id, parentLayer, nowUtc), nowUtc);
    }

    /// <summary>The body one layer up from a meeting's body.</summary>
    public static (Guid Id, Layer Layer) ParentOf(MeetingCopy meeting) =>
        meeting.ParentBodyId is { } id
            ? (id, meeting.Layer - 1)
            : throw new DomainException(DomainErrorKind.Conflict, "item.no-parent", $"{meeting.BodyName} has no parent body.");

    /// <summary>
    /// The body's next meeting that can still take items, starting after <paramref name="afterUtc"/>, as this unit of
    /// work sees it: a meeting added, moved or called off earlier in the same message counts before it is saved, so a
    /// consumer never saves half-way to make its own change visible (one transaction per message, issue 20.5).
    /// </summary>
    public async Task<MeetingCopy?> NextMeetingAsync(Guid bodyId, DateTime afterUtc, CancellationToken ct)
    {
        // The saved candidates join the tracked ones; a tracked meeting keeps its unsaved values.
        await db.Meetings.Where(m => m.BodyId == bodyId && m.StartUtc > afterUtc
                && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.Announced || m.Status == MeetingStatus.Convened))
            .LoadAsync(ct);
        return db.Meetings.Local.Where(m => m.BodyId == bodyId && m.StartUtc > afterUtc && m.IsAhead)
            .OrderBy(m => m.StartUtc).ThenBy(m => m.Id).FirstOrDefault();
    }

    /// <summary>The place after the last item on a meeting's agenda, counting items placed there earlier in this unit of work.</summary>
    public async Task<int> NextOrderAsync(Guid meetingId, CancellationToken ct)
    {
        var saved = await db.AgendaItems.Where(i => i.MeetingId == meetingId).MaxAsync(i => (int?)i.Order, ct) ?? 0;
        var unsaved = db.AgendaItems.Local.Where(i => i.MeetingId == meetingId).Max(i => (int?)i.Order) ?? 0;
        return Math.Max(saved, unsaved) + 1;
    }

    /// <summary>Moves an item to its body's (or the parent body's) next meeting, or leaves it waiting for one.</summary>
    public async Task MoveOnAsync(AgendaItem item, Guid bodyId, Layer layer, DateTime afterUtc, ItemMove how, DateTime nowUtc, string actor, CancellationToken ct)
    {
        var next = await NextMeetingAsync(bodyId, afterUtc, ct);
        var order = next is null ? (int?)null : await NextOrderAsync(next.Id, ct);
        db.Raise(item.MoveTo(bodyId, layer, next, how, nowUtc, actor), nowUtc);
        if (order is { } place)
        {
            item.Reorder(place);
        }
    }
}
