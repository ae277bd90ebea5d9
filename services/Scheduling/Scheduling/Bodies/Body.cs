using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Scheduling.Bodies;

/// <summary>A standing meeting: name, layer, track, format, parent body (Leaders have none), decision rule.</summary>
public sealed class Body : Aggregate
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Layer Layer { get; private set; }
    public Track Track { get; private set; }
    public string Format { get; private set; } = "";
    public string? Partner { get; private set; }
    public Guid? ParentBodyId { get; private set; }
    public DecisionRule DecisionRule { get; private set; }

    private Body()
    {
    }

    public Body(Guid id, string name, Layer layer, Track track, string format, string? partner, Guid? parentBodyId,
        DecisionRule decisionRule = DecisionRule.Consensus)
    {
        Id = id;
        Name = name;
        Layer = layer;
        Track = track;
        Format = format;
        Partner = partner;
        ParentBodyId = parentBodyId;
        DecisionRule = decisionRule;
    }

    public BodyChanged ToEvent(DateTime nowUtc) =>
        new(Id, Name, Layer, Track.ToString(), Format, Partner, ParentBodyId, DecisionRule.ToString(), nowUtc);
}
