using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Chairs;

namespace SummitCoordination.Scheduling.Bodies;

public sealed record DecisionRuleRequest(string? Rule, int? MinusX, Dictionary<string, int>? Weights, decimal? Threshold, bool AllowOptOut, int? Quorum);

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
        Name!.Trim(), Layer!.Value, Track ?? Bodies.Track.General, Format!, partner,
        DecisionRule is null
            ? DecisionRuleSettings.Consensus
            : new DecisionRuleSettings(DecisionRule.Rule ?? nameof(Bodies.DecisionRule.Consensus), DecisionRule.MinusX, DecisionRule.Weights,
                DecisionRule.Threshold, DecisionRule.AllowOptOut, DecisionRule.Quorum),
        ChairRotation is null
            ? ChairRotationSettings.Alphabetical(2018)
            : new ChairRotationSettings(ChairRotation.Policy ?? RotationPolicy.Alphabetical, ChairRotation.Advance ?? RotationAdvance.PerTerm,
                ChairRotation.Sequence ?? [], ChairRotation.FollowsBodyId, ChairRotation.StartYear ?? 2018, [], []),
        MinimumGapMinutes ?? 120, WorkingDayStart ?? new TimeOnly(8, 0), WorkingDayEnd ?? new TimeOnly(20, 0), AgendaDeadlineDays ?? 14,
        string.IsNullOrWhiteSpace(NameRu) ? null : NameRu.Trim());
}

public sealed record WaiverRequest(int? Year, string? Party);
