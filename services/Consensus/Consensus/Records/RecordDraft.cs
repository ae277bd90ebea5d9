namespace SummitCoordination.Consensus.Records;

/// <summary>What the record says from the meeting's own data: who attended, and the agenda as taken with each outcome and its rule.</summary>
public static class RecordDraft
{
    /// <summary>The deciders first (present or named absent), then the other delegations (partner X), then the observers; by code in each.</summary>
    public static IReadOnlyList<AttendanceEntry> Attendance(MeetingCopy meeting)
    {
        AttendanceEntry Present(string party)
        {
            var seat = meeting.Seated.SingleOrDefault(s => s.Party == party);
            return new AttendanceEntry(party, true, false, seat?.HeadName ?? "", seat?.HeadRank ?? "", seat?.Members ?? []);
        }

        var deciders = meeting.Deciders.Order(StringComparer.Ordinal)
            .Select(p => meeting.Delegations.Contains(p) ? Present(p) : new AttendanceEntry(p, false, false, "", "", []));
        var others = meeting.Delegations.Where(p => !meeting.Deciders.Contains(p)).Order(StringComparer.Ordinal).Select(Present);
        var observers = meeting.Observers.Order(StringComparer.Ordinal).Select(p => new AttendanceEntry(p, true, true, "", "", []));
        return [.. deciders, .. others, .. observers];
    }

    /// <summary>
    /// Every item that was on the meeting's agenda (those moved on since included), in agenda order. Tracked: at the close
    /// the items just moved on are seen as the unit of work holds them, unsaved (their move saved with the draft).
    /// </summary>
    public static async Task<IReadOnlyList<AgendaEntry>> AgendaAsync(ConsensusDbContext db, Guid meetingId, CancellationToken ct)
    {
        var items = await db.AgendaItems.Include(i => i.History)
            .Where(i => i.MeetingId == meetingId || i.History.Any(h => h.MeetingId == meetingId))
            .ToListAsync(ct);
        // An item that left the agenda keeps its place there as its order in the history cannot say: proposal time orders it after those still there.
        return items.OrderBy(i => i.MeetingId == meetingId ? 0 : 1).ThenBy(i => i.Order).ThenBy(i => i.History.Min(h => h.AtUtc))
            .Select((item, index) => Entry(item, meetingId, index + 1)).ToList();
    }

    public static AgendaEntry Entry(AgendaItem item, Guid meetingId, int order)
    {
        var here = item.History.Where(h => h.MeetingId == meetingId).OrderBy(h => h.Id).ToList();
        bool Has(ItemEventKind kind) => here.Any(h => h.Kind == kind);
        var decided = here.LastOrDefault(h => h.Kind == ItemEventKind.Decided);
        var (kind, rule, reason) = Parse(decided?.Detail);
        var held = here.LastOrDefault(h => h.Kind == ItemEventKind.RecordedAsHeld);
        var outcome =
            Has(ItemEventKind.Adopted) || (held is not null && item.Status == ItemStatus.Adopted) ? AgendaOutcome.Adopted
            : Has(ItemEventKind.Escalated) ? AgendaOutcome.Escalated
            : Has(ItemEventKind.Noted) || (held is not null && item.Status == ItemStatus.Noted) ? AgendaOutcome.Noted
            : Has(ItemEventKind.Withdrawn) ? AgendaOutcome.Withdrawn
            : Has(ItemEventKind.Referred) ? AgendaOutcome.Referred
            : kind == OutcomeKind.Blocked || (held is not null && item.Status == ItemStatus.Blocked) ? AgendaOutcome.Blocked
            : item.MeetingId == meetingId && item.SilenceDeadlineUtc is not null ? AgendaOutcome.UnderSilence
            : Has(ItemEventKind.Deferred) || kind == OutcomeKind.Deferred || held is not null ? AgendaOutcome.Deferred
            : AgendaOutcome.NotTaken;
        if (held is not null)
        {
            (rule, reason) = (DecidedBy.Recorded, held.Detail);
        }
        else if (outcome == AgendaOutcome.Noted)
        {
            rule = DecidedBy.Information;
        }

        return new AgendaEntry(item.Id, order, item.Title, item.Kind, outcome, rule, reason);
    }

    /// <summary>A decision's history entry reads "{outcome} by {rule}: {reason}" (<see cref="AgendaItem.Decide"/>).</summary>
    private static (OutcomeKind? Kind, DecidedBy? Rule, string? Reason) Parse(string? detail)
    {
        if (detail is null)
        {
            return (null, null, null);
        }

        var by = detail.IndexOf(" by ", StringComparison.Ordinal);
        var colon = detail.IndexOf(": ", StringComparison.Ordinal);
        if (by < 0 || colon < by)
        {
            return (null, null, detail);
        }

        return (Enum.TryParse<OutcomeKind>(detail[..by], out var kind) ? kind : null,
            Enum.TryParse<DecidedBy>(detail[(by + 4)..colon], out var rule) ? rule : null,
            detail[(colon + 2)..]);
    }
}
