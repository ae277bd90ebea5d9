using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Meetings;

public enum MeetingCopyStatus
{
    Planned,
    Announced,
    Convened,
    Concluded,
    Postponed,
    Cancelled,
}

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
    public MeetingCopyStatus Status { get; set; }

    /// <summary>The body's decision rule as it stood when the meeting was scheduled (edits reach meetings not yet held).</summary>
    public DecisionRuleSettings DecisionRule { get; set; } = DecisionRuleSettings.Consensus;
    public string Chair { get; private set; } = "";
    public string? CoChair { get; private set; }

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
        Chair = e.Chair,
        CoChair = e.CoChair,
    };

    public bool Seats(string party) => Delegations.Contains(party) || Observers.Contains(party);

    /// <summary>The parties that decide here: the members, plus partner X in a C5+X meeting.</summary>
    public IReadOnlyList<string> Eligible => Partner is null ? C5.Members : [.. C5.Members, Partner];

    /// <summary>The eligible parties with a delegation at the meeting.</summary>
    public IReadOnlyList<string> Present => Eligible.Where(Delegations.Contains).ToList();

    public bool IsChairedBy(string party) => Chair == party || CoChair == party;

    /// <summary>Whether the meeting can still take items: not held, not called off.</summary>
    public bool IsAhead => Status is MeetingCopyStatus.Planned or MeetingCopyStatus.Announced or MeetingCopyStatus.Convened;

    public void Move(DateTime startUtc, DateTime endUtc)
    {
        StartUtc = startUtc;
        EndUtc = endUtc;
    }

    public void Seat(IEnumerable<string> delegations, IEnumerable<string> observers)
    {
        Delegations = delegations.ToList();
        Observers = observers.ToList();
    }
}
