namespace SummitCoordination.Web.Services;

// What Scheduling answers the working pages (meetings, bodies, parties, summit plans, the inbox), as SchedulingClient reads it.

public sealed record DelegationView(string Party, string HeadName, string HeadRank, IReadOnlyList<string> Members);

public sealed record MeetingView(Guid Id, Guid BodyId, string BodyName, Layer Layer, string Format, string Title, MeetingStatus Status, string? StatusReason,
    DateTime StartUtc, DateTime EndUtc, string TimeZone, DateTimeOffset StartLocal, DateTimeOffset EndLocal, string HostParty, string City, string Venue,
    string? CoChair, IReadOnlyList<DelegationView> Delegations, IReadOnlyList<string> Observers, long Version, IReadOnlyList<ConflictView>? Warnings);

public sealed record MeetingPageView(IReadOnlyList<MeetingView> Items, int Page, int PageSize, int Total);

public sealed record MeetingChangeView(int Id, DateTime AtUtc, MeetingChangeKind Kind, string? Detail, string Actor, string? OverrideReason);

public sealed record MeetingCheckView(IReadOnlyList<ConflictView> Conflicts, bool Refused, bool NeedsOverrideReason, bool StartsInPast, string Chair,
    string ChairReason, IReadOnlyList<string> Deciders, string? ChairReasonCode = null, IReadOnlyList<string>? ChairReasonArgs = null, string? TurnOf = null);

public sealed record MeetingChairView(Guid MeetingId, string Chair, string Reason, string? CoChair, string? ReasonCode = null, IReadOnlyList<string>? ReasonArgs = null);

public sealed record DecisionRuleView(string Rule, int? MinusX, IReadOnlyDictionary<string, int>? Weights, decimal? Threshold, bool AllowOptOut, int? Quorum);

public sealed record ChairTermView(DateOnly HeldOn, string Party, string City);

public sealed record ChairWaiverView(int Year, string Party);

public sealed record ChairRotationView(string Policy, string Advance, IReadOnlyList<string> Sequence, Guid? FollowsBodyId, int StartYear,
    IReadOnlyList<ChairTermView> History, IReadOnlyList<ChairWaiverView> Waivers);

public sealed record ChairOnView(Guid BodyId, string BodyName, DateOnly On, string Party, string PartyName, string Reason, string? ReasonCode = null,
    IReadOnlyList<string>? ReasonArgs = null);

public sealed record StandingView(string Party, string Format, string Standing, DateOnly From, string Basis, Guid? DecisionItemId);

public sealed record BodyView(Guid Id, string Name, string? NameRu, string Layer, string Track, string Format, string? Partner, Guid? ParentBodyId,
    DecisionRuleView? DecisionRule = null, ChairRotationView? ChairRotation = null, int MinimumGapMinutes = 120, TimeOnly WorkingDayStart = default,
    TimeOnly WorkingDayEnd = default, int AgendaDeadlineDays = 14)
{
    public string Shown => Display.BodyName(Name, NameRu);
}

public sealed record PartyView(string Code, PartyKind Kind, string NameEn, string NameRu, string Capital, string TimeZone);

public sealed record SubscriptionView(Guid Id, string Feed, string Target, string? Url, string? Webcal);

/// <summary>A meeting of a summit week; <c>TurnOf</c>: the state whose turn the week's host passes over (asked before the week is booked).</summary>
public sealed record PlannedMeetingView(Guid BodyId, string BodyName, string Layer, string Title, DateTime StartUtc, DateTime EndUtc,
    DateTimeOffset StartLocal, DateTimeOffset EndLocal, string Venue, IReadOnlyList<string> Parties, string? TurnOf = null);

public sealed record SummitPlanView(Guid Id, string HostParty, string City, string TimeZone, IReadOnlyList<PlannedMeetingView> Meetings, DateTime? AcceptedUtc);

public sealed record AcceptedPlanView(Guid PlanId, IReadOnlyList<Guid> MeetingIds);

public sealed record HolidayView(string Party, DateOnly Date, string Name);

public sealed record NotificationView(Guid Id, Guid MeetingId, NotificationKind Kind, string Message, DateTime CreatedUtc, string? Code = null, IReadOnlyList<string>? Args = null);
