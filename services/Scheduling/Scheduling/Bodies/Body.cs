namespace SummitCoordination.Scheduling.Bodies;

/// <summary>
/// A standing meeting: name, layer, track, format, parent body (Leaders have none), decision rule and its
/// settings, chair rotation, minimum gap before its parent's meeting, working hours, agenda deadline.
/// </summary>
public sealed class Body : Aggregate
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The body's name in Russian, the region's working language; pages fall back to <see cref="Name"/> without it.</summary>
    public string? NameRu { get; private set; }
    public Layer Layer { get; private set; }
    public Track Track { get; private set; }
    public string Format { get; private set; } = "";
    public string? Partner { get; private set; }
    public Guid? ParentBodyId { get; private set; }
    public DecisionRuleSettings DecisionRule { get; private set; } = DecisionRuleSettings.Consensus;
    public ChairRotationSettings ChairRotation { get; private set; } = ChairRotationSettings.Alphabetical(2018);
    public int MinimumGapMinutes { get; private set; } = 120;
    public TimeOnly WorkingDayStart { get; private set; } = new(8, 0);
    public TimeOnly WorkingDayEnd { get; private set; } = new(20, 0);
    public int AgendaDeadlineDays { get; private set; } = 14;

    private Body()
    {
    }

    public Body(Guid id, string name, Layer layer, Track track, string format, string? partner, Guid? parentBodyId,
        ChairRotationSettings? rotation = null, string? nameRu = null)
    {
        Id = id;
        Name = name;
        NameRu = nameRu;
        Layer = layer;
        Track = track;
        Format = format;
        Partner = partner;
        ParentBodyId = parentBodyId;
        ChairRotation = rotation ?? ChairRotationSettings.Alphabetical(2018);
    }

    public void Edit(BodySettings settings, Body? parent)
    {
        if (settings.Layer == Layer.Leaders ? parent is not null : parent is null || parent.Layer != settings.Layer - 1)
        {
            throw new DomainException(DomainErrorKind.Invalid, "body.parent-layer", settings.Layer == Layer.Leaders
                ? "Leaders have no parent body."
                : $"A {settings.Layer} body reports to a body one layer up ({settings.Layer - 1}).");
        }

        if (parent?.Id == Id && Id != Guid.Empty)
        {
            throw new DomainException(DomainErrorKind.Invalid, "body.own-parent", "A body cannot be its own parent.");
        }

        if (settings.Layer == Layer.Leaders && settings.DecisionRule.Rule == Contracts.DecisionRule.QualifiedMajority)
        {
            throw new DomainException(DomainErrorKind.Invalid, "body.leaders-majority", "Leaders never decide by qualified majority.");
        }

        Name = settings.Name;
        // An edit that does not name the Russian name keeps it.
        NameRu = settings.NameRu ?? NameRu;
        Layer = settings.Layer;
        Track = settings.Track;
        Format = settings.Format;
        Partner = settings.Partner;
        ParentBodyId = parent?.Id;
        DecisionRule = settings.DecisionRule;
        // The turns already taken and the waivers belong to the body's history, not to an edit.
        ChairRotation = settings.ChairRotation with { History = ChairRotation.History, Waivers = ChairRotation.Waivers };
        MinimumGapMinutes = settings.MinimumGapMinutes;
        WorkingDayStart = settings.WorkingDayStart;
        WorkingDayEnd = settings.WorkingDayEnd;
        AgendaDeadlineDays = settings.AgendaDeadlineDays;
    }

    public void NameRuIfMissing(string nameRu) => NameRu ??= nameRu;

    public static Body Create(Guid id, BodySettings settings, Body? parent)
    {
        var body = new Body { Id = id, ChairRotation = settings.ChairRotation };
        body.Edit(settings, parent);
        return body;
    }

    /// <summary>A meeting of this body was held: for a rotation that passes per meeting, its host took its turn.</summary>
    public void RecordTermHeld(DateOnly heldOn, string host, string city)
    {
        if (ChairRotation.Advance == RotationAdvance.PerMeeting && ChairRotation.Policy != RotationPolicy.FollowsBody
            && !ChairRotation.History.Any(t => t.HeldOn == heldOn))
        {
            ChairRotation = ChairRotation with { History = [.. ChairRotation.History, new ChairTerm(heldOn, host, city)] };
        }
    }

    public void Waive(int year, string party)
    {
        if (!ChairRotation.Waivers.Contains(new ChairWaiver(year, party)))
        {
            ChairRotation = ChairRotation with { Waivers = [.. ChairRotation.Waivers, new ChairWaiver(year, party)] };
        }
    }

    public TimeSpan MinimumGap => TimeSpan.FromMinutes(MinimumGapMinutes);

    public BodyChanged ToEvent(DateTime nowUtc) =>
        new(Id, Name, Layer, Track, Format, Partner, ParentBodyId, DecisionRule, MinimumGapMinutes, nowUtc);
}

/// <summary>Everything the secretariat sets on a body.</summary>
public sealed record BodySettings(
    string Name,
    Layer Layer,
    Track Track,
    string Format,
    string? Partner,
    DecisionRuleSettings DecisionRule,
    ChairRotationSettings ChairRotation,
    int MinimumGapMinutes,
    TimeOnly WorkingDayStart,
    TimeOnly WorkingDayEnd,
    int AgendaDeadlineDays,
    string? NameRu = null);
