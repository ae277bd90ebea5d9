using System.Text.Json.Serialization;

namespace SummitCoordination.Web.Services;

// What the working pages send to the services, typed after the services' request bodies (the JSON is the same: camelCase
// names, enums by name). A form holds what was typed; a value it cannot read as its enum goes as null, and the service
// answers with the field's problem.

/// <summary>An item proposed for a meeting's agenda (<c>POST /api/agenda-items</c>).</summary>
public sealed record ProposeItemRequest(Guid MeetingId, ItemKind? Kind, string Title, string? Text, Layer? TargetLayer, Guid? StatementId,
    int? StatementVersion);

/// <summary>A statement drafted for a meeting (<c>POST /api/statements</c>): English always, Russian when written.</summary>
public sealed record DraftRequest(Guid MeetingId, StatementKind? Kind, string Title, string? TitleRu, string English, string? Russian);

/// <summary>When an instrument enters into force: every party ratified, or a number of ratifications, so many days after the last.</summary>
public sealed record EntryIntoForceRequest(EntryIntoForceRule Rule, int? Ratifications, int DaysAfter);

/// <summary>A treaty, agreement or charter of an adopted statement opened for signature (<c>POST /api/instruments</c>).</summary>
public sealed record OpenInstrumentRequest(Guid MeetingId, Guid StatementId, InstrumentKind? Kind, string Title, EntryIntoForceRequest EntryIntoForce);

/// <summary>A summit week laid out by the planner (<c>POST /api/summit-plans</c>); days as <c>yyyy-MM-dd</c>.</summary>
public sealed record SummitPlanRequest(string HostParty, string City, IReadOnlyList<string> Venues, string? From, string? To, IReadOnlyList<Layer> Layers,
    IReadOnlyList<string> Partners);

/// <summary>One planned meeting moved to other times or another venue (<c>PUT /api/summit-plans/{plan}/meetings/{body}</c>).</summary>
public sealed record MovePlannedRequest(DateTimeOffset Start, DateTimeOffset End, string Venue);

/// <summary>Scheduling's CreateMeetingRequest, for POST /api/meetings, /api/meetings/check and /api/meetings/held.</summary>
public sealed record MeetingRequest(Guid BodyId, string? Title, DateTimeOffset Start, DateTimeOffset End, string TimeZone, string HostParty, string City,
    string Venue, IReadOnlyList<MeetingDelegation> Delegations, IReadOnlyList<string> Observers, string? CoChair)
{
    /// <summary>A reason for going ahead despite soft conflicts (scheduling only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeetingOverride? Override { get; init; }

    /// <summary>"Waived" or "Kept": what becomes of the turn of the state whose turn it is when another hosts (scheduling only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Turn { get; init; }

    /// <summary>Where the record of a meeting held comes from (recording only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
}

public sealed record MeetingDelegation(string Party, string? HeadName, string HeadRank, IReadOnlyList<string> Members);

public sealed record MeetingOverride(string Reason);

/// <summary>
/// A meeting moved (<c>POST /api/meetings/{id}/reschedule</c> and its dry run <c>…/reschedule/check</c>): new times, and
/// the place and host as the form has them. Times not read from the form go as null, and the rest unsent.
/// </summary>
public sealed record RescheduleRequest(
    DateTimeOffset? Start,
    DateTimeOffset? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HostParty = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeZone = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? City = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Venue = null,
    MeetingOverride? Override = null,
    string? Turn = null);

/// <summary>A reason given for a step (postpone, cancel, convene ahead of the start; an amendment rejected).</summary>
public sealed record ReasonRequest(string Reason);

/// <summary>The settings of a body the rotation form shows (<c>PATCH /api/bodies/{id}</c>: what is not named stays as it was).</summary>
public sealed record BodyPatchRequest(int MinimumGapMinutes, TimeOnly WorkingDayStart, TimeOnly WorkingDayEnd, int AgendaDeadlineDays,
    DecisionRulePatch DecisionRule, ChairRotationPatch ChairRotation);

public sealed record DecisionRulePatch(DecisionRule? Rule, int? MinusX, IReadOnlyDictionary<string, int>? Weights, decimal? Threshold, bool AllowOptOut, int? Quorum);

public sealed record ChairRotationPatch(string Policy, string Advance, IReadOnlyList<string>? Sequence);

/// <summary>A state waives its turn to chair a body in a year.</summary>
public sealed record WaiverRequest(int Year, string Party);

public sealed record HolidayRequest(DateOnly Date, string Name);

/// <summary>A delegation named or changed (head, rank, members; a reason for going ahead despite a conflict).</summary>
public sealed record DelegationRequest(string HeadName, string HeadRank, IReadOnlyList<string> Members, MeetingOverride? Override);

public sealed record ObserversRequest(IReadOnlyList<string> Observers);

/// <summary>A summit week booked, with the answers to its turn questions (a planned meeting's body → "Waived" or "Kept").</summary>
public sealed record AcceptPlanRequest(IReadOnlyList<TurnAnswer> Turns);

public sealed record TurnAnswer(Guid BodyId, string Turn);

public sealed record SubscriptionRequest(string Feed, string Target);

public sealed record AgendaOrderRequest(IReadOnlyList<Guid> ItemIds);

public sealed record PositionRequest(string Position, string? Note);

public sealed record SilenceRequest(DateTimeOffset Deadline);

/// <summary>A new version of a statement, written on the version it was based on.</summary>
public sealed record ReviseRequest(int BasedOn, string English, string? Russian);

public sealed record PreviewRequest(string English, string? Russian);

public sealed record EmbargoRequest(DateTime ReleaseAtUtc);

public sealed record AmendmentRequest(int Version, string? English, string? Russian, string Explanation);

/// <summary>The chairman's statement that stands for a text not agreed.</summary>
public sealed record ChairmansStatementRequest(string Title, string English, string? Russian, int? FromVersion = null, IReadOnlyList<Guid>? Paragraphs = null);

/// <summary>A paragraph's status as the chair or the pen holder sets it (issue 22): the whole paragraph or a span bracketed, with options or none.</summary>
public sealed record ParagraphStatusRequest(ParagraphStatus Status, string? Party = null, DateTime? ConfirmByUtc = null, SpanRequest? Span = null,
    IReadOnlyList<OptionRequest>? Options = null);

/// <summary>A span of one language's text, by the words it encloses.</summary>
public sealed record SpanRequest(TextLanguage Language, string Text);

public sealed record OptionRequest(string? English, string? Russian, IReadOnlyList<string> Sponsors);

public sealed record ReservationRequest(string? Note);

/// <summary>New wording for one paragraph (or a span of it): an amendment against a version that targets that paragraph.</summary>
public sealed record ParagraphAmendmentRequest(int Version, string? English, string? Russian, string Explanation, Guid ParagraphId);

public sealed record CommitmentRequest(string What, string? WhatRu, IReadOnlyList<string> Parties, DateTime DueUtc);

public sealed record CommitmentReportRequest(string Status, string Evidence);

/// <summary>A signature or a deposited ratification of an instrument by a party on a day.</summary>
public sealed record InstrumentActRequest(string Party, DateOnly On);
/// <summary>Reads a form's choice as its enum: null when it is none of its names.</summary>
public static class FormChoice
{
    public static TEnum? Of<TEnum>(string? name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}
