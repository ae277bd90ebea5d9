namespace SummitCoordination.Scheduling.Parties;

/// <summary>A party's standing in a format (DOMAIN.md, Participation changes over time).</summary>
public enum StandingKind
{
    /// <summary>Invited to attend without deciding.</summary>
    Guest,

    /// <summary>Attends without deciding, by standing arrangement.</summary>
    Observer,

    /// <summary>A full participant: in the deciding set of the format's meetings.</summary>
    Member,

    /// <summary>Partner X of a C5+X format: a full party to its joint outcomes.</summary>
    Partner,
}

/// <summary>
/// One entry of a party's participation history: from <see cref="From"/> on, the party holds <see cref="Kind"/> in
/// <see cref="Format"/>, resting on a decision (an adopted agenda item) or a reference the secretariat records.
/// The deciding set of a meeting is computed from the entries that hold on its date; entries are never edited.
/// </summary>
public sealed class Standing
{
    public int Id { get; private set; }
    public string Party { get; private set; } = "";
    public string Format { get; private set; } = "";
    public StandingKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public string Basis { get; private set; } = "";
    public Guid? DecisionItemId { get; private set; }
    public Guid? DecisionMeetingId { get; private set; }
    public DateTime RecordedUtc { get; private set; }
    public string Actor { get; private set; } = "";

    private Standing()
    {
    }

    public Standing(string party, string format, StandingKind kind, DateOnly from, string basis, Guid? decisionItemId, Guid? decisionMeetingId,
        DateTime recordedUtc, string actor)
    {
        Party = party;
        Format = format;
        Kind = kind;
        From = from;
        Basis = basis;
        DecisionItemId = decisionItemId;
        DecisionMeetingId = decisionMeetingId;
        RecordedUtc = recordedUtc;
        Actor = actor;
    }

    public bool Decides => Kind is StandingKind.Member or StandingKind.Partner;

    /// <summary>The standing of each party in each format on a date: the latest entry from on or before it.</summary>
    public static IEnumerable<Standing> HoldingOn(IEnumerable<Standing> history, DateOnly on) =>
        history.Where(s => s.From <= on)
            .GroupBy(s => (s.Party, s.Format))
            .Select(g => g.OrderBy(s => s.From).ThenBy(s => s.RecordedUtc).ThenBy(s => s.Id).Last());
}
