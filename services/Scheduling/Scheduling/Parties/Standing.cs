namespace SummitCoordination.Scheduling.Parties;

/// <summary>
/// One entry of a party's participation history: from <see cref="From"/> on, the party holds <see cref="Kind"/> in
/// <see cref="Format"/> (all its bodies, or only those of <see cref="Layer"/>, or the one body <see cref="BodyId"/>, where the
/// decision says so), resting on a
/// decision (an adopted agenda item) or a reference the secretariat records. The deciding set, quorum and rotation of a
/// body are computed from the entries that cover it and hold on the meeting's date; entries are never edited.
/// </summary>
public sealed class Standing
{
    public int Id { get; private set; }
    public string Party { get; private set; } = "";
    public string Format { get; private set; } = "";
    public StandingKind Kind { get; private set; }
    public DateOnly From { get; private set; }

    /// <summary>The one layer of the format the standing covers; null: every body of the format.</summary>
    public Layer? Layer { get; private set; }

    /// <summary>The one body the standing covers; null: every body of the format (or of <see cref="Layer"/>).</summary>
    public Guid? BodyId { get; private set; }
    public string Basis { get; private set; } = "";
    public Guid? DecisionItemId { get; private set; }
    public Guid? DecisionMeetingId { get; private set; }
    public DateTime RecordedUtc { get; private set; }
    public string Actor { get; private set; } = "";

    private Standing()
    {
    }

    public Standing(string party, string format, StandingKind kind, DateOnly from, string basis, Guid? decisionItemId, Guid? decisionMeetingId,
        DateTime recordedUtc, string actor, Layer? layer = null, Guid? bodyId = null)
    {
        Party = party;
        Layer = layer;
        BodyId = bodyId;
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

    /// <summary>
    /// Whether this entry speaks for a body: its format is C5 (every C5+X body includes the five) or the body's own, its
    /// layer, if any, is the body's, and its body, if any, is this one.
    /// </summary>
    public bool Covers(Body body) =>
        (Format == Parties.Format.C5 || Format == body.Format) && (Layer is null || Layer == body.Layer) && (BodyId is null || BodyId == body.Id);

    /// <summary>Whether the entry covers the whole format (the party's catalogue kind follows such an entry in C5).</summary>
    public bool WholeFormat => Layer is null && BodyId is null;

    /// <summary>The standing of each party in each format on a date: the latest entry from on or before it (the caller passes the entries that cover the body in question).</summary>
    public static IEnumerable<Standing> HoldingOn(IEnumerable<Standing> history, DateOnly on) =>
        history.Where(s => s.From <= on)
            .GroupBy(s => (s.Party, s.Format))
            .Select(g => g.OrderBy(s => s.From).ThenBy(s => s.RecordedUtc).ThenBy(s => s.Id).Last());
}
