using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Bodies;

/// <summary>What Consensus knows of a body: where it sits in the layers and which decision rule it applies.</summary>
public sealed class BodyRule : Aggregate
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Layer Layer { get; private set; }
    public Guid? ParentBodyId { get; private set; }
    public DecisionRuleSettings DecisionRule { get; private set; } = DecisionRuleSettings.Consensus;

    private BodyRule()
    {
    }

    public BodyRule(Guid id) => Id = id;

    public void Apply(BodyChanged e)
    {
        Name = e.Name;
        Layer = e.Layer;
        ParentBodyId = e.ParentBodyId;
        DecisionRule = e.DecisionRule;
    }
}
