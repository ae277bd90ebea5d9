namespace SummitCoordination.Consensus.Meetings;

/// <summary>Consensus's own copy of a scheduled meeting: who sits in it decides who may propose and take positions.</summary>
public sealed class MeetingCopy : Aggregate
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }

    /// <summary>Where an item that reaches consensus here below its target layer goes next.</summary>
    public Guid? ParentBodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public Layer Layer { get; private set; }
    public string Format { get; private set; } = "";
    public string? Partner { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public List<string> Delegations { get; private set; } = [];
    public List<string> Observers { get; private set; } = [];

    /// <summary>Each delegation's head and members as Scheduling last sent them: the attendance of the meeting record.</summary>
    public List<DelegationSeat> Seated { get; private set; } = [];

    /// <summary>On the public calendar (announced, or recorded as held): its final record is distributed to anyone.</summary>
    public bool Public { get; private set; }

    /// <summary>
    /// The deciding set, as Scheduling computed it from the standings that hold on the meeting's date (DOMAIN.md,
    /// Participation changes over time): the members, plus X in a C5+X meeting. Carried on the wire; never a list in code.
    /// </summary>
    public List<string> Deciders { get; private set; } = [];

    /// <summary>A meeting of the past recorded as held: its outcomes are recorded, not decided here.</summary>
    public bool Held { get; private set; }
    public MeetingStatus Status { get; private set; }

    /// <summary>The body's decision rule as it stood when the meeting was scheduled (edits reach meetings not yet held).</summary>
    public DecisionRuleSettings DecisionRule { get; private set; } = DecisionRuleSettings.Consensus;
    public string Chair { get; private set; } = "";
    public string? CoChair { get; private set; }

    /// <summary>
    /// When the last change of the meeting's dates or standing that this copy applied was made in Scheduling (the
    /// message's <c>AtUtc</c>). Postponements, cancellations and moves arrive on separate queues, in any order: one made
    /// before a change already applied is stale and changes nothing (a meeting postponed and then moved stays on its new dates).
    /// </summary>
    public DateTime ChangedUtc { get; private set; }

    private MeetingCopy()
    {
    }

    public static MeetingCopy From(MeetingScheduled e) => new()
    {
        Id = e.MeetingId,
        BodyId = e.BodyId,
        ParentBodyId = e.ParentBodyId,
        DecisionRule = e.DecisionRule,
        BodyName = e.BodyName,
        Layer = e.Layer,
        Format = e.Format,
        Partner = e.Partner,
        Title = e.Title,
        StartUtc = e.StartUtc,
        EndUtc = e.EndUtc,
        Delegations = e.Delegations.ToList(),
        Observers = e.Observers.ToList(),
        Seated = e.Seats?.ToList() ?? [],
        Public = e.Held,
        // A message from before deciding sets were carried: the parties with a delegation are the best record of who decided.
        Deciders = (e.Deciders ?? e.Delegations).ToList(),
        Held = e.Held,
        Status = e.Held ? MeetingStatus.Concluded : MeetingStatus.Planned,
        Chair = e.Chair,
        CoChair = e.CoChair,
        ChangedUtc = e.ScheduledAtUtc,
    };

    public bool Seats(string party) => Delegations.Contains(party) || Observers.Contains(party);

    /// <summary>The parties that decide here: the deciding set on the meeting's date.</summary>
    public IReadOnlyList<string> Eligible => Deciders;

    /// <summary>The eligible parties with a delegation at the meeting.</summary>
    public IReadOnlyList<string> Present => Eligible.Where(Delegations.Contains).ToList();

    public bool IsChairedBy(string party) => Chair == party || CoChair == party;

    /// <summary>Whether the meeting can still take items: not held, not called off.</summary>
    public bool IsAhead => Status is MeetingStatus.Planned or MeetingStatus.Announced or MeetingStatus.Convened;

    /// <summary>Whether the meeting is still to open: a change of the body's rule reaches it.</summary>
    public bool IsToOpen => Status is MeetingStatus.Planned or MeetingStatus.Announced;

    /// <summary>Whether the meeting is over for good: concluded (or recorded as held) or cancelled.</summary>
    public bool IsClosed => Status is MeetingStatus.Concluded or MeetingStatus.Cancelled;

    /// <summary>Announced: only a planned meeting (a later announcement of a meeting already sitting changes nothing).</summary>
    public bool Announce()
    {
        Public = true;
        return Become(MeetingStatus.Announced, when: Status == MeetingStatus.Planned);
    }

    /// <summary>Convened: the meeting sits. A meeting concluded or cancelled is never convened again by a late message.</summary>
    public bool Convene() => Become(MeetingStatus.Convened, when: !IsClosed);

    /// <summary>Concluded: for good. A cancelled meeting did not sit, so it does not conclude.</summary>
    public bool Conclude() => Become(MeetingStatus.Concluded, when: Status != MeetingStatus.Cancelled);

    /// <summary>
    /// Postponed or cancelled before it concluded; its undecided items go back to wait (MeetingCalledOff). False when
    /// nothing changed: the meeting is over, already so, or was changed later than <paramref name="atUtc"/>.
    /// </summary>
    public bool CallOff(MeetingStatus how, DateTime atUtc)
    {
        if (how is not (MeetingStatus.Postponed or MeetingStatus.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(how), how, "A meeting is called off by postponing or cancelling it.");
        }

        if (atUtc < ChangedUtc || !Become(how, when: !IsClosed))
        {
            return false;
        }

        ChangedUtc = atUtc;
        return true;
    }

    /// <summary>The body's rule changed: it applies to this meeting only if it has not opened yet (DOMAIN.md, Decision rules).</summary>
    public bool ApplyRule(DecisionRuleSettings rule)
    {
        if (!IsToOpen || DecisionRule == rule)
        {
            return false;
        }

        DecisionRule = rule;
        return true;
    }

    /// <summary>
    /// New dates (and the deciding set and chair on them); a postponed meeting given a date is planned again. False, and
    /// nothing changes, when the meeting was changed later than <paramref name="atUtc"/> (a stale move).
    /// </summary>
    public bool Reschedule(DateTime startUtc, DateTime endUtc, IReadOnlyList<string>? deciders, string? chair, DateTime atUtc, string? title = null)
    {
        if (atUtc < ChangedUtc)
        {
            return false;
        }

        ChangedUtc = atUtc;
        Title = title ?? Title;
        StartUtc = startUtc;
        EndUtc = endUtc;
        Chair = chair ?? Chair;
        Deciders = deciders?.ToList() ?? Deciders;
        if (Status == MeetingStatus.Postponed)
        {
            Status = MeetingStatus.Planned;
        }

        return true;
    }

    private bool Become(MeetingStatus status, bool when)
    {
        if (!when || Status == status)
        {
            return false;
        }

        Status = status;
        return true;
    }

    public void Seat(IEnumerable<string> delegations, IEnumerable<string> observers, IReadOnlyList<string>? deciders, IReadOnlyList<DelegationSeat>? seats = null)
    {
        Seated = seats?.ToList() ?? Seated;
        Delegations = delegations.ToList();
        Observers = observers.ToList();
        Deciders = deciders?.ToList() ?? Deciders;
    }
}
