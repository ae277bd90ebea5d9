namespace SummitCoordination.Scheduling.Meetings;

/// <summary>
/// One sitting of a body: instants in UTC, the venue's IANA time zone, host, venue, delegations and observers.
/// Planned → Announced → Convened → Concluded, or Postponed / Cancelled with a reason; every change is kept.
/// Each method checks its transition and returns the event it raises.
/// </summary>
public sealed class Meeting : Aggregate
{
    /// <summary>The longest a meeting may last; it bounds how far back an overlap search looks.</summary>
    public static readonly TimeSpan MaximumLength = TimeSpan.FromDays(7);

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public string TimeZone { get; private set; } = "";
    public string HostParty { get; private set; } = "";
    public string City { get; private set; } = "";
    public string Venue { get; private set; } = "";
    public MeetingStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTime? AnnouncedUtc { get; private set; }
    public string? CoChair { get; private set; }
    public List<Delegation> Delegations { get; private set; } = [];
    public List<string> Observers { get; private set; } = [];
    public List<MeetingChange> Changes { get; private set; } = [];
    public DateTime CreatedUtc { get; private set; }

    /// <summary>
    /// Hosted out of turn with the turn kept: the state whose turn it was keeps it, so closing this meeting records no
    /// turn for its host (DOMAIN.md, Chair and host; a waiver is the other answer, recorded on the body).
    /// </summary>
    public bool TurnKept { get; private set; }

    private Meeting()
    {
    }

    public static Meeting Schedule(Body body, MeetingPlan plan, DateTime nowUtc, string actor, string? overrideReason = null, string? coChair = null)
    {
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            BodyId = body.Id,
            Title = plan.Title,
            StartUtc = plan.StartUtc,
            EndUtc = plan.EndUtc,
            TimeZone = plan.TimeZone,
            HostParty = plan.HostParty,
            City = plan.City,
            Venue = plan.Venue,
            Status = MeetingStatus.Planned,
            Delegations = plan.Delegations.ToList(),
            Observers = plan.Observers.ToList(),
            CoChair = coChair,
            CreatedUtc = nowUtc,
        };
        meeting.Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Scheduled, $"{plan.StartUtc:u} to {plan.EndUtc:u} at {plan.Venue}, {plan.City}", actor, overrideReason));
        return meeting;
    }

    /// <summary>Whether this meeting still holds its slot on the calendar (a postponed or cancelled one does not).</summary>
    public bool HoldsItsSlot => Status is MeetingStatus.Planned or MeetingStatus.Announced or MeetingStatus.Convened or MeetingStatus.Concluded;

    /// <summary>Whether the public may know of it: announced at some point (a later cancellation is public too).</summary>
    public bool IsPublic => AnnouncedUtc is not null;

    public bool Seats(string party) => Delegations.Any(d => d.Party == party) || Observers.Contains(party);

    /// <summary>The title a meeting gets when the secretariat gives none: "{body}, {city} {year}".</summary>
    public static string DefaultTitle(string bodyName, string city, int year) => $"{bodyName}, {city} {year}";

    /// <summary>
    /// Moves the meeting to the candidate's times, host and place. A title the service made follows it to the new city
    /// and year ("…, Astana 2043" does not stay on a meeting now held in Ashgabat); a title the secretariat wrote stays.
    /// </summary>
    public MeetingRescheduled Reschedule(CandidateMeeting to, IReadOnlyList<string> deciders, string chair, DateTime nowUtc, string actor,
        string? overrideReason)
    {
        Require("reschedule", MeetingStatus.Planned, MeetingStatus.Announced, MeetingStatus.Postponed);
        var (startUtc, endUtc, hostParty, timeZone, city, venue) = (to.StartUtc, to.EndUtc, to.HostParty, to.TimeZone, to.City, to.Venue);
        var moved = hostParty != HostParty ? $"moved from {HostParty} ({City}) to {hostParty} ({city}); " : "";
        // Scheduled meetings are titled with the UTC year of their start, planned summit weeks with the local one.
        if (Title == DefaultTitle(to.Body.Name, City, StartUtc.Year) || Title == DefaultTitle(to.Body.Name, City, LocalDate.Year))
        {
            Title = DefaultTitle(to.Body.Name, city, LocalDateOf(startUtc, timeZone).Year);
        }

        StartUtc = startUtc;
        EndUtc = endUtc;
        HostParty = hostParty;
        TimeZone = timeZone;
        City = city;
        Venue = venue;
        if (Status == MeetingStatus.Postponed)
        {
            Status = AnnouncedUtc is null ? MeetingStatus.Planned : MeetingStatus.Announced;
            StatusReason = null;
        }

        // The history keeps every host and place the meeting had: each change names the new one, and a move names both.
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Rescheduled, $"{moved}{startUtc:u} to {endUtc:u} at {venue}, {city} ({hostParty}, {timeZone})", actor, overrideReason));
        return new MeetingRescheduled(Id, BodyId, StartUtc, EndUtc, TimeZone, City, Venue, nowUtc, HostParty, deciders, chair, Title);
    }

    public MeetingAnnounced Announce(DateTime nowUtc, string actor)
    {
        Require("announce", MeetingStatus.Planned);
        Status = MeetingStatus.Announced;
        AnnouncedUtc = nowUtc;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Announced, null, actor));
        return new MeetingAnnounced(Id, BodyId, nowUtc);
    }

    public MeetingPostponed Postpone(string reason, DateTime nowUtc, string actor)
    {
        Require("postpone", MeetingStatus.Planned, MeetingStatus.Announced);
        Status = MeetingStatus.Postponed;
        StatusReason = reason;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Postponed, reason, actor));
        return new MeetingPostponed(Id, BodyId, reason, nowUtc);
    }

    public MeetingCancelled Cancel(string reason, DateTime nowUtc, string actor)
    {
        Require("cancel", MeetingStatus.Planned, MeetingStatus.Announced, MeetingStatus.Postponed);
        Status = MeetingStatus.Cancelled;
        StatusReason = reason;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Cancelled, reason, actor));
        return new MeetingCancelled(Id, BodyId, reason, nowUtc);
    }

    /// <summary>
    /// Opens the meeting. More than <paramref name="margin"/> before its scheduled start it opens only with a reason, kept in
    /// its history (a meeting convened months early and concluded at once would date its texts before it was held).
    /// </summary>
    public MeetingConvened Convene(DateTime nowUtc, string actor, TimeSpan margin, string? aheadReason = null)
    {
        Require("convene", MeetingStatus.Planned, MeetingStatus.Announced);
        var earliest = StartUtc - margin;
        var ahead = nowUtc < earliest;
        if (ahead && string.IsNullOrWhiteSpace(aheadReason))
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.convene-before-start",
                $"The meeting starts at {StartUtc:yyyy-MM-dd HH:mm} UTC; it can be convened from {earliest:yyyy-MM-dd HH:mm} UTC, or earlier with a reason.",
                new Dictionary<string, object?> { ["startUtc"] = StartUtc, ["earliestUtc"] = earliest });
        }

        Status = MeetingStatus.Convened;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Convened, ahead ? $"ahead of its scheduled start: {aheadReason!.Trim()}" : null, actor));
        return new MeetingConvened(Id, BodyId, nowUtc);
    }

    /// <summary>
    /// The host (this meeting's, or <paramref name="host"/> it is moving to) is not the state whose turn it is, and that
    /// state keeps its turn: this meeting does not count as a turn.
    /// </summary>
    public void HostOutOfTurn(string turnOf, DateTime nowUtc, string actor, string? host = null)
    {
        TurnKept = true;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.HostedOutOfTurn, $"{host ?? HostParty} hosts; {turnOf} keeps its turn", actor));
    }

    /// <summary>The state whose turn it was waived it for the year (the waiver itself is recorded on the body).</summary>
    public void TurnWaivedBy(string party, DateTime nowUtc, string actor, string? host = null, int? year = null) =>
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.TurnWaived, $"{party} waives its turn in {year ?? LocalDate.Year}; {host ?? HostParty} hosts", actor));

    /// <summary>Hosted by the state whose turn it is (or moved to it): the meeting counts as its turn again.</summary>
    public void HostedInTurn() => TurnKept = false;

    public MeetingConcluded Conclude(DateTime nowUtc, string actor)
    {
        Require("conclude", MeetingStatus.Convened);
        Status = MeetingStatus.Concluded;
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.Concluded, null, actor));
        return new MeetingConcluded(Id, BodyId, nowUtc);
    }

    public MeetingDelegationsChanged SetDelegation(Delegation delegation, DateTime nowUtc, string actor, string? overrideReason)
    {
        Require("change the delegations of", MeetingStatus.Planned, MeetingStatus.Announced, MeetingStatus.Postponed, MeetingStatus.Convened);
        Delegations.RemoveAll(d => d.Party == delegation.Party);
        Delegations.Add(delegation);
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.DelegationSet, $"{delegation.Party}: {(delegation.HeadNamed ? delegation.HeadName : "head not yet named")} ({delegation.HeadRank})", actor, overrideReason));
        return DelegationsChanged(nowUtc);
    }

    public MeetingDelegationsChanged RemoveDelegation(string party, string? partner, DateTime nowUtc, string actor)
    {
        Require("change the delegations of", MeetingStatus.Planned, MeetingStatus.Announced, MeetingStatus.Postponed, MeetingStatus.Convened);
        if (party == partner)
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.partner-required",
                $"A C5+{partner} meeting needs a delegation of {partner}.");
        }

        if (Delegations.RemoveAll(d => d.Party == party) == 0)
        {
            throw DomainException.NotFound("Delegation", party);
        }

        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.DelegationRemoved, party, actor));
        return DelegationsChanged(nowUtc);
    }

    public MeetingDelegationsChanged SetObservers(IEnumerable<string> observers, DateTime nowUtc, string actor)
    {
        Require("change the observers of", MeetingStatus.Planned, MeetingStatus.Announced, MeetingStatus.Postponed, MeetingStatus.Convened);
        Observers = observers.Distinct().ToList();
        Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.ObserversSet, string.Join(", ", Observers), actor));
        return DelegationsChanged(nowUtc);
    }

    private MeetingDelegationsChanged DelegationsChanged(DateTime nowUtc) =>
        new(Id, Delegations.Select(d => d.Party).ToList(), Observers.ToList(), nowUtc, Seats: SeatsNow());

    /// <summary>Each delegation's head and members, for the meeting record kept in Consensus.</summary>
    public IReadOnlyList<DelegationSeat> SeatsNow() => Delegations.Select(d => new DelegationSeat(d.Party, d.HeadName, d.HeadRank, d.Members.ToList())).ToList();

    private void Require(string action, params MeetingStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.illegal-transition",
                $"Cannot {action} a meeting that is {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }

    /// <summary>The meeting's date where it is held: the chair of that day chairs it.</summary>
    public DateOnly LocalDate => LocalDateOf(StartUtc, TimeZone);

    public static DateOnly LocalDateOf(DateTime startUtc, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(startUtc, TimeZoneInfo.FindSystemTimeZoneById(timeZone)));

    /// <summary>Whether the meeting was recorded as held (DOMAIN.md, The past): no timer ever ran for it.</summary>
    public bool RecordedAsHeld => Changes.Any(c => c.Kind == MeetingChangeKind.RecordedAsHeld);

    /// <summary>A live meeting starts in the future: the past is recorded as held, never scheduled (409, pointing to recording).</summary>
    public static void RequireLive(DateTime startUtc, DateTime nowUtc)
    {
        if (startUtc <= nowUtc)
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.start-in-past",
                $"A live meeting cannot start in the past ({startUtc:u}); record a meeting already held with POST /api/meetings/held.",
                new Dictionary<string, object?> { ["record"] = "/api/meetings/held" });
        }
    }

    /// <summary>
    /// A meeting that already took place, entered from the record: status Concluded at once, public (it happened),
    /// no timers. Its host's turn counts in the rotation (the caller records it on the body).
    /// </summary>
    public static Meeting RecordHeld(Body body, MeetingPlan plan, DateTime nowUtc, string actor, string? source, Guid? id = null)
    {
        if (plan.EndUtc > nowUtc)
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.not-yet-held",
                $"A meeting recorded as held has ended ({plan.EndUtc:u} is still ahead); schedule it with POST /api/meetings instead.");
        }

        var meeting = Schedule(body, plan, nowUtc, actor);
        meeting.Changes.Clear();
        meeting.Id = id ?? meeting.Id;
        meeting.Status = MeetingStatus.Concluded;
        meeting.AnnouncedUtc = plan.StartUtc;
        meeting.Changes.Add(new MeetingChange(nowUtc, MeetingChangeKind.RecordedAsHeld,
            $"held {plan.StartUtc:u} to {plan.EndUtc:u} at {plan.Venue}, {plan.City} ({plan.HostParty}){(source is null ? "" : $"; source: {source}")}", actor));
        return meeting;
    }

    public MeetingScheduled Scheduled(Body body, string chair, IReadOnlyList<string> deciders) => new(
        Id, BodyId, body.ParentBodyId, body.Name, body.Layer, body.DecisionRule, body.Format, body.Partner, Title, StartUtc, EndUtc, TimeZone, HostParty, City, Venue,
        Delegations.Select(d => d.Party).ToList(), Observers.ToList(), chair, CoChair, CreatedUtc, deciders, Held: RecordedAsHeld, Seats: SeatsNow());
}

/// <summary>What a meeting is to be when it is scheduled or recorded as held: title, instants, venue's time zone, host, place, delegations and observers.</summary>
public sealed record MeetingPlan(string Title, DateTime StartUtc, DateTime EndUtc, string TimeZone, string HostParty, string City, string Venue,
    IEnumerable<Delegation> Delegations, IEnumerable<string> Observers);
