using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Meetings;

/// <summary>Consensus's own copy of a scheduled meeting: who sits in it decides who may propose and take positions.</summary>
public sealed class MeetingCopy : Aggregate
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public Layer Layer { get; private set; }
    public string Format { get; private set; } = "";
    public string? Partner { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public List<string> Delegations { get; private set; } = [];
    public List<string> Observers { get; private set; } = [];
    public string Chair { get; private set; } = "";
    public string? CoChair { get; private set; }

    private MeetingCopy()
    {
    }

    public static MeetingCopy From(MeetingScheduled e) => new()
    {
        Id = e.MeetingId,
        BodyId = e.BodyId,
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
}
