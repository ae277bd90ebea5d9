namespace SummitCoordination.Scheduling.Bodies;

public sealed record DecisionRuleRequest(DecisionRule? Rule, int? MinusX, Dictionary<string, int>? Weights, decimal? Threshold, bool AllowOptOut, int? Quorum);

public sealed record ChairRotationRequest(RotationPolicy? Policy, RotationAdvance? Advance, IReadOnlyList<string>? Sequence, Guid? FollowsBodyId, int? StartYear);

public sealed record BodyRequest(
    string? Name,
    Layer? Layer,
    Track? Track,
    string? Format,
    Guid? ParentBodyId,
    DecisionRuleRequest? DecisionRule,
    ChairRotationRequest? ChairRotation,
    int? MinimumGapMinutes,
    TimeOnly? WorkingDayStart,
    TimeOnly? WorkingDayEnd,
    int? AgendaDeadlineDays,
    string? NameRu = null)
{
    public BodySettings ToSettings(string? partner) => new(
        Name!.Trim(), Layer!.Value, Track ?? Contracts.Track.General, Format!, partner,
        DecisionRule is null
            ? DecisionRuleSettings.Consensus
            : new DecisionRuleSettings(DecisionRule.Rule ?? Contracts.DecisionRule.Consensus, DecisionRule.MinusX, DecisionRule.Weights,
                DecisionRule.Threshold, DecisionRule.AllowOptOut, DecisionRule.Quorum),
        ChairRotation is null
            ? ChairRotationSettings.Alphabetical(2018)
            : new ChairRotationSettings(ChairRotation.Policy ?? RotationPolicy.Alphabetical, ChairRotation.Advance ?? RotationAdvance.PerTerm,
                ChairRotation.Sequence ?? [], ChairRotation.FollowsBodyId, ChairRotation.StartYear ?? 2018, [], []),
        MinimumGapMinutes ?? 120, WorkingDayStart ?? new TimeOnly(8, 0), WorkingDayEnd ?? new TimeOnly(20, 0), AgendaDeadlineDays ?? 14,
        string.IsNullOrWhiteSpace(NameRu) ? null : NameRu.Trim());
}

/// <summary>Merging requests onto a body: what a request leaves unnamed stays as the body has it.</summary>
public static class BodyRequests
{
    /// <summary>The fields an edit that replaces the body (PUT) must name; PATCH may leave any of them out.</summary>
    public static IReadOnlyList<string> Missing(BodyRequest r) => new (string Field, bool Named)[]
    {
        ("name", r.Name is not null), ("layer", r.Layer is not null), ("track", r.Track is not null), ("format", r.Format is not null),
        ("decisionRule", r.DecisionRule is not null), ("chairRotation", r.ChairRotation is not null),
        ("minimumGapMinutes", r.MinimumGapMinutes is not null), ("workingDayStart", r.WorkingDayStart is not null),
        ("workingDayEnd", r.WorkingDayEnd is not null), ("agendaDeadlineDays", r.AgendaDeadlineDays is not null),
    }.Where(f => !f.Named).Select(f => f.Field).ToList();

    /// <summary>
    /// The request with every unnamed field taken from the body (merge semantics, RFC 7396 in spirit). A named
    /// chair rotation keeps the body's values for the parts it leaves out; a named decision rule replaces the rule.
    /// </summary>
    public static BodyRequest MergedOnto(this BodyRequest r, Body body) => new(
        r.Name ?? body.Name,
        r.Layer ?? body.Layer,
        r.Track ?? body.Track,
        r.Format ?? body.Format,
        r.ParentBodyId ?? body.ParentBodyId,
        r.DecisionRule ?? new DecisionRuleRequest(body.DecisionRule.Rule, body.DecisionRule.MinusX, body.DecisionRule.Weights?.ToDictionary(),
            body.DecisionRule.Threshold, body.DecisionRule.AllowOptOut, body.DecisionRule.Quorum),
        new ChairRotationRequest(
            r.ChairRotation?.Policy ?? body.ChairRotation.Policy,
            r.ChairRotation?.Advance ?? body.ChairRotation.Advance,
            r.ChairRotation?.Sequence ?? body.ChairRotation.Sequence,
            r.ChairRotation?.FollowsBodyId ?? body.ChairRotation.FollowsBodyId,
            r.ChairRotation?.StartYear ?? body.ChairRotation.StartYear),
        r.MinimumGapMinutes ?? body.MinimumGapMinutes,
        r.WorkingDayStart ?? body.WorkingDayStart,
        r.WorkingDayEnd ?? body.WorkingDayEnd,
        r.AgendaDeadlineDays ?? body.AgendaDeadlineDays,
        r.NameRu ?? body.NameRu);
}

public sealed record WaiverRequest(int? Year, string? Party);
