namespace SummitCoordination.Consensus.Items;

public sealed class PositionHeld
{
    public string Party { get; private set; } = "";
    public Position Position { get; private set; }
    public string? Note { get; private set; }
    public DateTime AtUtc { get; private set; }

    private PositionHeld()
    {
    }

    public PositionHeld(string party, Position position, string? note, DateTime atUtc)
    {
        Party = party;
        Change(position, note, atUtc);
    }

    public void Change(Position position, string? note, DateTime atUtc)
    {
        Position = position;
        Note = note;
        AtUtc = atUtc;
    }
}

/// <summary>One entry of an item's history: a position taken or a status change, with actor and time.</summary>
public sealed class ItemEvent
{
    public int Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public ItemEventKind Kind { get; private set; }
    public string? Party { get; private set; }
    public string? Detail { get; private set; }
    public string? Note { get; private set; }
    public string Actor { get; private set; } = "";
    public Guid? MeetingId { get; private set; }

    private ItemEvent()
    {
    }

    public ItemEvent(DateTime atUtc, ItemEventKind kind, string? party, string? detail, string? note, string actor, Guid? meetingId)
    {
        AtUtc = atUtc;
        Kind = kind;
        Party = party;
        Detail = detail;
        Note = note;
        Actor = actor;
        MeetingId = meetingId;
    }
}

public sealed class AgendaItem : Aggregate
{
    public const string Secretariat = "SECRETARIAT";

    public Guid Id { get; private set; }
    public Guid? MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public Layer Layer { get; private set; }
    public ItemKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Text { get; private set; }
    public Layer TargetLayer { get; private set; }
    public string ProposedBy { get; private set; } = "";
    public ItemStatus Status { get; private set; }
    public int Order { get; private set; }
    public Guid? StatementId { get; private set; }
    public int? StatementVersion { get; private set; }
    public DateTime? SilenceDeadlineUtc { get; private set; }

    /// <summary>For a Decision that admits a party: whom, to what standing, from when (Scheduling records it on adoption).</summary>
    public Admission? Admission { get; private set; }
    public List<PositionHeld> Positions { get; private set; } = [];

    /// <summary>Entries added by this unit of work; the stored log is read through the history endpoint, not loaded here.</summary>
    public List<ItemEvent> History { get; private set; } = [];

    private AgendaItem()
    {
    }

    public static AgendaItem Propose(MeetingCopy meeting, ItemKind kind, string title, string? text, Layer targetLayer, string proposedBy,
        Guid? statementId, int? statementVersion, int order, DateTime nowUtc, string actor, Admission? admission = null)
    {
        if (admission is not null && kind != ItemKind.Decision)
        {
            throw new DomainException(DomainErrorKind.Invalid, "item.admission-kind", "Admitting a party is an item of kind Decision.");
        }

        if (admission is not null && admission.Standing is StandingKind.Member or StandingKind.Partner && meeting.Eligible.Contains(admission.Party))
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.admission-already-decides", $"{admission.Party} already decides at this meeting.");
        }

        if (targetLayer > meeting.Layer)
        {
            throw new DomainException(DomainErrorKind.Invalid, "item.target-below-meeting",
                $"The target layer {targetLayer} is below this meeting's layer ({meeting.Layer}).");
        }

        var item = new AgendaItem
        {
            Id = Guid.NewGuid(),
            MeetingId = meeting.Id,
            BodyId = meeting.BodyId,
            Layer = meeting.Layer,
            Kind = kind,
            Title = title,
            Text = text,
            TargetLayer = targetLayer,
            ProposedBy = proposedBy,
            Status = meeting.Status == MeetingStatus.Convened ? ItemStatus.UnderConsideration : ItemStatus.Submitted,
            StatementId = statementId,
            StatementVersion = statementVersion,
            Order = order,
            Admission = admission,
        };
        item.History.Add(new ItemEvent(nowUtc, ItemEventKind.Proposed, proposedBy, $"{kind} for {meeting.Title}, target {targetLayer}", null, actor, meeting.Id));
        return item;
    }

    public bool IsFinal => Status is ItemStatus.Adopted or ItemStatus.Noted or ItemStatus.Withdrawn;

    /// <summary>Positions are taken, and the chair decides, while the item is before its meeting: under consideration, or deferred there.</summary>
    public bool IsBeforeItsMeeting => MeetingId is not null && Status is ItemStatus.UnderConsideration or ItemStatus.Deferred;

    /// <summary>
    /// A state's position, recorded or changed while the item is before its meeting. Says whether it breaks a silence
    /// procedure running on the item (an objection or a reservation: DOMAIN.md), which ends the procedure at once.
    /// </summary>
    public PositionTaken RecordPosition(string party, Position position, string? note, DateTime nowUtc, string actor)
    {
        if (!IsBeforeItsMeeting)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.not-under-consideration",
                $"Positions are taken while the item is under consideration; it is {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }

        if (Kind == ItemKind.Information)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.information", "An information item is noted; nobody takes a position on it.");
        }

        var held = Positions.FirstOrDefault(p => p.Party == party);
        if (held is null)
        {
            Positions.Add(new PositionHeld(party, position, note, nowUtc));
        }
        else
        {
            held.Change(position, note, nowUtc);
        }

        History.Add(new ItemEvent(nowUtc, ItemEventKind.Position, party, position.ToString(), note, actor, MeetingId));
        return new PositionTaken(new PositionRecorded(Id, MeetingId!.Value, party, position, nowUtc),
            BreaksSilence: SilenceDeadlineUtc is not null && SilenceProcedure.BreaksSilence(position));
    }

    public void Reorder(int order) => Order = order;

    public void Open(DateTime nowUtc)
    {
        if (Status == ItemStatus.Submitted)
        {
            Status = ItemStatus.UnderConsideration;
            History.Add(new ItemEvent(nowUtc, ItemEventKind.UnderConsideration, null, "the meeting convened", null, Actors.System, MeetingId));
        }
    }

    /// <summary>
    /// Circulates the item under a silence procedure. A deferred item (below quorum, say: a state absent) is taken up again
    /// by it: quorum does not apply to a written procedure, and no answer is consent (DOMAIN.md, Silence procedure). From
    /// here the item is under consideration until the deadline decides it, whether or not its meeting has closed by then.
    /// </summary>
    public void StartSilence(DateTime deadlineUtc, DateTime nowUtc, string actor)
    {
        RequireOpen("start a silence procedure on");
        if (Kind == ItemKind.Information)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.information", "An information item is noted; it is not circulated for silence.");
        }

        if (Status == ItemStatus.Deferred)
        {
            Status = ItemStatus.UnderConsideration;
            History.Add(new ItemEvent(nowUtc, ItemEventKind.UnderConsideration, null, "taken up again by a silence procedure", null, actor, MeetingId));
        }

        SilenceDeadlineUtc = deadlineUtc;
        History.Add(new ItemEvent(nowUtc, ItemEventKind.SilenceStarted, null, $"deadline {deadlineUtc:u}", null, actor, MeetingId));
    }

    public void EndSilence(string why, DateTime nowUtc)
    {
        if (SilenceDeadlineUtc is not null)
        {
            SilenceDeadlineUtc = null;
            History.Add(new ItemEvent(nowUtc, ItemEventKind.SilenceEnded, null, why, null, Actors.System, MeetingId));
        }
    }

    /// <summary>Records what the rule made of the positions. The caller moves the item on (escalate, adopt) from the outcome.</summary>
    public AgendaItemDecided Decide(Outcome outcome, DateTime nowUtc, string actor)
    {
        RequireOpen("decide");
        if (outcome.Kind == OutcomeKind.Blocked)
        {
            Status = ItemStatus.Blocked;
        }
        else if (outcome.Kind == OutcomeKind.Deferred && SilenceDeadlineUtc is null)
        {
            // A running silence procedure stays under consideration until its deadline.
            Status = ItemStatus.Deferred;
        }

        History.Add(new ItemEvent(nowUtc, ItemEventKind.Decided, null, $"{outcome.Kind} by {outcome.Rule}: {outcome.Reason}", null, actor, MeetingId));
        return new AgendaItemDecided(Id, MeetingId!.Value, outcome.Kind, outcome.Rule, outcome.Bound, outcome.OptedOut, outcome.Reason, nowUtc, Title);
    }

    public AgendaItemAdopted Adopt(Outcome outcome, DateTime nowUtc, string actor)
    {
        var meetingId = MeetingId!.Value;
        Status = ItemStatus.Adopted;
        SilenceDeadlineUtc = null;
        History.Add(new ItemEvent(nowUtc, ItemEventKind.Adopted, null, $"bound: {string.Join(", ", outcome.Bound)}", null, actor, meetingId));
        return new AgendaItemAdopted(Id, meetingId, Kind, Title, StatementId, StatementVersion, outcome.Bound, outcome.OptedOut, nowUtc, Admission);
    }

    /// <summary>
    /// An item of a meeting recorded as held (DOMAIN.md, The past): its outcome is entered from the record, not decided
    /// here. The history says so. The caller raises the events an outcome raises (decided, adopted).
    /// </summary>
    public static AgendaItem RecordHeld(MeetingCopy meeting, ItemKind kind, string title, string? text, Layer targetLayer, string proposedBy,
        Guid? statementId, int? statementVersion, Admission? admission, int order, ItemStatus outcome, string? reason, DateTime nowUtc, string actor)
    {
        if (!meeting.Held)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.meeting-not-recorded",
                "Outcomes are recorded only for a meeting recorded as held; at a live meeting they are decided by the body's rule.");
        }

        var allowed = kind == ItemKind.Information ? [ItemStatus.Noted] : new[] { ItemStatus.Adopted, ItemStatus.Blocked, ItemStatus.Deferred, ItemStatus.Withdrawn };
        if (!allowed.Contains(outcome))
        {
            throw new DomainException(DomainErrorKind.Invalid, "item.recorded-outcome",
                $"A {kind} item held in the past ended {string.Join(", ", allowed)}; not {outcome}.");
        }

        var item = Propose(meeting, kind, title, text, targetLayer, proposedBy, statementId, statementVersion, order, nowUtc, actor, admission);
        item.History.Clear();
        item.Status = outcome;
        item.History.Add(new ItemEvent(nowUtc, ItemEventKind.RecordedAsHeld, null, $"{outcome} at {meeting.Title}{(reason is null ? "" : $": {reason}")}", null, actor, meeting.Id));
        return item;
    }

    public void Note(DateTime nowUtc, string actor)
    {
        RequireOpen("note");
        Status = ItemStatus.Noted;
        History.Add(new ItemEvent(nowUtc, ItemEventKind.Noted, null, null, null, actor, MeetingId));
    }

    /// <summary>Moves the item to another body's or meeting's agenda with fresh positions; null meeting: it waits for one.</summary>
    public AgendaItemMoved MoveTo(Guid bodyId, Layer layer, MeetingCopy? meeting, ItemMove how, DateTime nowUtc, string actor)
    {
        var from = MeetingId;
        BodyId = bodyId;
        Layer = layer;
        MeetingId = meeting?.Id;
        Positions.Clear();
        SilenceDeadlineUtc = null;
        Status = meeting is null ? (how == ItemMove.Deferred ? ItemStatus.Deferred : ItemStatus.Waiting)
            : meeting.Status == MeetingStatus.Convened ? ItemStatus.UnderConsideration : ItemStatus.Submitted;
        History.Add(new ItemEvent(nowUtc, ItemEventKinds.Of(how), null, meeting is null ? "waiting for a meeting" : $"to {meeting.Title}", null, actor, meeting?.Id));
        return new AgendaItemMoved(Id, from, meeting?.Id, bodyId, how, nowUtc);
    }

    public AgendaItemMoved Withdraw(DateTime nowUtc, string actor)
    {
        if (IsFinal)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.final", $"The item is {Status}.");
        }

        Status = ItemStatus.Withdrawn;
        History.Add(new ItemEvent(nowUtc, ItemEventKind.Withdrawn, null, null, null, actor, MeetingId));
        return new AgendaItemMoved(Id, MeetingId, null, BodyId, ItemMove.Withdrawn, nowUtc);
    }

    public void RequireBlocked(string action)
    {
        if (Status != ItemStatus.Blocked)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.not-blocked", $"Only a blocked item can be {action}; it is {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }

    /// <summary>Refuses, as <see cref="Decide"/> would, when the item is not open to a decision.</summary>
    public void RequireOpenToDecide() => RequireOpen("decide");

    private void RequireOpen(string action)
    {
        if (!IsBeforeItsMeeting)
        {
            throw new DomainException(DomainErrorKind.Conflict, "item.not-under-consideration", $"Cannot {action} an item that is {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }
}

/// <summary>What recording a position did: the event to publish, and whether it broke a silence procedure on the item.</summary>
public sealed record PositionTaken(PositionRecorded Recorded, bool BreaksSilence);
