namespace SummitCoordination.Consensus.Bodies;

/// <summary>What Consensus knows of a body: where it sits in the layers and which decision rule it applies.</summary>
public sealed class BodyRule : Aggregate
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Layer Layer { get; private set; }
    public Guid? ParentBodyId { get; private set; }
    public DecisionRuleSettings DecisionRule { get; private set; } = DecisionRuleSettings.Consensus;

    /// <summary>How long the delegations may correct a draft meeting record (DOMAIN.md: a week at the UN, the default).</summary>
    public int CorrectionWindowDays { get; private set; } = DefaultCorrectionWindowDays;

    public const int DefaultCorrectionWindowDays = 7;

    public const int MaxCorrectionWindowDays = 90;

    private BodyRule()
    {
    }

    public BodyRule(Guid id) => Id = id;

    /// <summary>The body's correction window for the records of its meetings drafted from now on.</summary>
    public void SetCorrectionWindow(int days) => CorrectionWindowDays = days;

    public void Apply(BodyChanged e)
    {
        Name = e.Name;
        Layer = e.Layer;
        ParentBodyId = e.ParentBodyId;
        DecisionRule = e.DecisionRule;
    }
}
