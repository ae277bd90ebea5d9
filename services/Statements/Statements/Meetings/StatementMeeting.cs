namespace SummitCoordination.Statements.Meetings;

/// <summary>What Statements keeps of a meeting: enough to draft for it, sign it and name its publications.</summary>
public sealed class StatementMeeting
{
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The body the meeting is a sitting of (null for meetings copied before the register kept it): its documents' symbols follow the body's pattern.</summary>
    public Guid? BodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public string Format { get; private set; } = "";
    public string? Partner { get; private set; }
    public Layer Layer { get; private set; }
    public string HostParty { get; private set; } = "";
    public string City { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }

    /// <summary>The parties with a delegation (observers are not parties: they never see drafts).</summary>
    public List<string> Parties { get; private set; } = [];
    public string Chair { get; private set; } = "";
    public string? CoChair { get; private set; }
    public DateTime? ConcludedUtc { get; private set; }

    /// <summary>A meeting of the past recorded as held: its texts are published as of its close, not as of their entry.</summary>
    public bool Held { get; private set; }

    private StatementMeeting()
    {
    }

    public static StatementMeeting From(MeetingScheduled e) => new()
    {
        Id = e.MeetingId,
        Title = e.Title,
        BodyId = e.BodyId,
        BodyName = e.BodyName,
        Format = e.Format,
        Partner = e.Partner,
        Layer = e.Layer,
        HostParty = e.HostParty,
        City = e.City,
        StartUtc = e.StartUtc,
        EndUtc = e.EndUtc,
        Parties = e.Delegations.ToList(),
        Chair = e.Chair,
        CoChair = e.CoChair,
        Held = e.Held,
        ConcludedUtc = e.Held ? e.EndUtc : null,
    };

    public bool Seats(string party) => Parties.Contains(party);

    public void Moved(MeetingRescheduled e)
    {
        Title = e.Title ?? Title;
        StartUtc = e.StartUtc;
        EndUtc = e.EndUtc;
        City = e.City;
        HostParty = e.HostParty ?? HostParty;
        Chair = e.Chair ?? Chair;
    }

    public void Seated(IReadOnlyList<string> delegations) => Parties = delegations.ToList();

    public void Concluded(DateTime atUtc) => ConcludedUtc ??= atUtc;
}
