using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.Contracts;

namespace SummitCoordination.Web.Services;

/// <summary>A refusal from a service, as its RFC 9457 problem details said it: shown to the person in words.</summary>
public sealed record ApiProblem(int Status, string? Code, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<ConflictView> Conflicts)
{
    /// <summary>The lists of strings the refusal carries as extensions (e.g. <c>eligible</c>: the parties that may be named).</summary>
    public IReadOnlyDictionary<string, string[]> Lists { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The single values the refusal carries as extensions (e.g. <c>turnOf</c>: the state whose turn it is).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public string Message => Errors.Count > 0
        ? string.Join(" ", Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")))
        : Detail ?? Title;
}

public sealed class ApiException(ApiProblem problem) : Exception(problem.Message)
{
    public ApiProblem Problem { get; } = problem;
}

public sealed record ConflictView(string Code, string Message, bool Hard, Guid? OtherMeetingId, string? OtherMeetingTitle);

public sealed record DelegationView(string Party, string HeadName, string HeadRank, IReadOnlyList<string> Members);

public sealed record MeetingView(Guid Id, Guid BodyId, string BodyName, Layer Layer, string Format, string Title, MeetingStatus Status, string? StatusReason,
    DateTime StartUtc, DateTime EndUtc, string TimeZone, DateTimeOffset StartLocal, DateTimeOffset EndLocal, string HostParty, string City, string Venue,
    string? CoChair, IReadOnlyList<DelegationView> Delegations, IReadOnlyList<string> Observers, long Version, IReadOnlyList<ConflictView>? Warnings);

public sealed record MeetingPageView(IReadOnlyList<MeetingView> Items, int Page, int PageSize, int Total);

public sealed record MeetingChangeView(int Id, DateTime AtUtc, string Kind, string? Detail, string Actor, string? OverrideReason);

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
    public string Shown => Display.IsRussian && !string.IsNullOrEmpty(NameRu) ? NameRu : Name;
}

public sealed record PartyView(string Code, PartyKind Kind, string NameEn, string NameRu, string Capital, string TimeZone);

public sealed record PositionView(string Party, Position Position, string? Note, DateTime AtUtc);

public sealed record ItemView(Guid Id, ItemKind Kind, string Title, ItemStatus Status, int Order, string ProposedBy, string TargetLayer, IReadOnlyList<PositionView> Positions,
    Guid? MeetingId = null, string? Layer = null, string? Text = null, DateTime? SilenceDeadlineUtc = null, Guid? StatementId = null, int? StatementVersion = null);

/// <summary>One step in an item's life: a position, a status change, a move to another meeting (with the meeting it happened at).</summary>
public sealed record ItemHistoryView(DateTime AtUtc, string Kind, string? Party, string? Detail, string? Note, string Actor, Guid? MeetingId);

public sealed record TallyView(int Concur, int Abstain, int Object, int Reserve, int NoPosition, int Absent);

/// <summary>What the body's rule made of the positions (DOMAIN.md, Decision rules).</summary>
public sealed record OutcomeView(OutcomeKind Kind, DecidedBy Rule, IReadOnlyList<string> Bound, IReadOnlyList<string> OptedOut, TallyView Tally, string Reason,
    string? Code = null, IReadOnlyList<string>? Args = null);

public sealed record DecisionView(ItemView Item, OutcomeView Outcome);

public sealed record SubscriptionView(Guid Id, string Feed, string Target, string? Url, string? Webcal);

/// <summary>A meeting of a summit week; <c>TurnOf</c>: the state whose turn the week's host passes over (asked before the week is booked).</summary>
public sealed record PlannedMeetingView(Guid BodyId, string BodyName, string Layer, string Title, DateTime StartUtc, DateTime EndUtc,
    DateTimeOffset StartLocal, DateTimeOffset EndLocal, string Venue, IReadOnlyList<string> Parties, string? TurnOf = null);

public sealed record SummitPlanView(Guid Id, string HostParty, string City, string TimeZone, IReadOnlyList<PlannedMeetingView> Meetings, DateTime? AcceptedUtc);

public sealed record AcceptedPlanView(Guid PlanId, IReadOnlyList<Guid> MeetingIds);

public sealed record VersionSummaryView(int Number, DateTime CreatedUtc, string Author, Guid? AmendmentId);

public sealed record VersionView(int Number, string English, string EnglishHtml, string? Russian, string? RussianHtml, DateTime CreatedUtc, string Author, Guid? AmendmentId);

public sealed record AdoptionView(int Version, string ContentHash, IReadOnlyList<string> Signatories, Guid MeetingId, DateTime AdoptedUtc);

public sealed record StatementView(Guid Id, Guid MeetingId, StatementKind Kind, string Title, Guid? ItemId, StatementStatus Status, IReadOnlyList<VersionSummaryView> Versions,
    VersionView Current, AdoptionView? Adoption, DateTime? EmbargoUtc, DateTime? PublishedUtc, string? Slug, string? TitleRu = null)
{
    public int Latest => Versions.Count == 0 ? 0 : Versions.Max(v => v.Number);

    /// <summary>The title in the reader's language: on a Russian page the Russian title (given, or the Russian text's own heading) when there is one.</summary>
    public string Shown => Display.IsRussian && !string.IsNullOrWhiteSpace(TitleRu) ? TitleRu : Title;
}

public sealed record StatementSummaryView(Guid Id, Guid MeetingId, StatementKind Kind, string Title, StatementStatus Status, int LatestVersion, string? Slug, string? TitleRu = null)
{
    /// <summary>The title in the reader's language (the Russian title on a Russian page when there is one).</summary>
    public string Shown => Display.IsRussian && !string.IsNullOrWhiteSpace(TitleRu) ? TitleRu : Title;
}

public sealed record AmendmentView(Guid Id, int AgainstVersion, string Party, string? English, string? Russian, string Explanation, AmendmentStatus Status, string? Reason,
    int? ResultingVersion, DateTime ProposedUtc);

public sealed record DiffLineView(string Change, int? Line, string Text);

public sealed record LanguageDiffView(string Language, int Inserted, int Deleted, IReadOnlyList<DiffLineView> Lines);

public sealed record DiffView(int From, int To, IReadOnlyList<LanguageDiffView> Languages);

public sealed record PreviewView(string EnglishHtml, string? RussianHtml);

public sealed record CommitmentView(Guid Id, string What, IReadOnlyList<string> Parties, DateTime DueUtc, string Status, string? Evidence, bool DeliveredLate,
    string? WhatRu = null)
{
    /// <summary>In the reader's language: the Russian text on a Russian page when there is one.</summary>
    public string WhatShown => Display.IsRussian && !string.IsNullOrWhiteSpace(WhatRu) ? WhatRu : What;
}

public sealed record InstrumentLineView(string Party, DateOnly? SignedOn, DateOnly? RatifiedOn, DateOnly? InForceOn, bool InForce);

public sealed record InstrumentView(Guid Id, Guid MeetingId, Guid? StatementId, InstrumentKind Kind, string Title, InstrumentStatus Status, DateOnly? InForceOn, int Needed, int DaysAfter,
    IReadOnlyList<InstrumentLineView> Parties);

public sealed record HolidayView(string Party, DateOnly Date, string Name);

public sealed record NotificationView(Guid Id, Guid MeetingId, NotificationKind Kind, string Message, DateTime CreatedUtc, string? Code = null, IReadOnlyList<string>? Args = null);

public sealed record AgendaView(Guid MeetingId, MeetingStatus Status, string Chair, IReadOnlyList<ItemView> Items, IReadOnlyList<string>? Deciders,
    string Title = "", string BodyName = "", string Layer = "", string Format = "", DecisionRuleView? DecisionRule = null);

/// <summary>
/// The services' working API as the secretariat's console uses it, with the signed-in person's token. No retries: a
/// write is sent once, and a refusal comes back as an <see cref="ApiException"/> carrying the service's own words.
/// </summary>
public sealed class ConsoleApi(HttpClient http, ServiceAddresses addresses)
{
    private Uri Scheduling(string path) => new(addresses.For("Scheduling"), path);

    private Uri Consensus(string path) => new(addresses.For("Consensus"), path);

    private Uri Statements(string path) => new(addresses.For("Statements"), path);

    public Task<List<StatementSummaryView>> MeetingStatementsAsync(Guid meeting, CancellationToken ct = default) =>
        GetAsync<List<StatementSummaryView>>(Statements($"api/meetings/{meeting}/statements"), ct);

    public Task<StatementView> StatementAsync(Guid id, CancellationToken ct = default) => GetAsync<StatementView>(Statements($"api/statements/{id}"), ct);

    public Task<StatementView> DraftAsync(DraftRequest request, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Post, Statements("api/statements"), request, ct);

    public Task<VersionView> VersionAsync(Guid id, int number, CancellationToken ct = default) =>
        GetAsync<VersionView>(Statements($"api/statements/{id}/versions/{number}"), ct);

    public Task<VersionView> ReviseAsync(Guid id, int basedOn, string english, string? russian, CancellationToken ct = default) =>
        SendAsync<VersionView>(HttpMethod.Post, Statements($"api/statements/{id}/versions"), new { basedOn, english, russian }, ct);

    public Task<DiffView> DiffAsync(Guid id, int from, int to, CancellationToken ct = default) =>
        GetAsync<DiffView>(Statements($"api/statements/{id}/diff?from={from}&to={to}"), ct);

    public Task<List<AmendmentView>> AmendmentsAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<AmendmentView>>(Statements($"api/statements/{id}/amendments"), ct);

    public Task<JsonElement> AcceptAmendmentAsync(Guid id, Guid amendment, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{id}/amendments/{amendment}/accept"), null, ct);

    public Task<JsonElement> RejectAmendmentAsync(Guid id, Guid amendment, string reason, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{id}/amendments/{amendment}/reject"), new { reason }, ct);

    public Task<StatementView> EmbargoAsync(Guid id, DateTime releaseAtUtc, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Put, Statements($"api/statements/{id}/embargo"), new { releaseAtUtc }, ct);

    public Task<PreviewView> PreviewAsync(string english, string? russian, CancellationToken ct = default) =>
        SendAsync<PreviewView>(HttpMethod.Post, Statements("api/statements/preview"), new { english, russian }, ct);

    public Task<MeetingPageView> MeetingsAsync(DateTime fromUtc, DateTime toUtc, string? layer = null, string? track = null, string? party = null,
        string? status = null, CancellationToken ct = default)
    {
        var query = $"api/meetings?from={Uri.EscapeDataString(fromUtc.ToString("O"))}&to={Uri.EscapeDataString(toUtc.ToString("O"))}&pageSize=200"
            + (layer is null ? "" : $"&layer={layer}") + (track is null ? "" : $"&track={track}")
            + (party is null ? "" : $"&party={Uri.EscapeDataString(party)}") + (status is null ? "" : $"&status={status}");
        return GetAsync<MeetingPageView>(Scheduling(query), ct);
    }

    public Task<MeetingView> MeetingAsync(Guid id, CancellationToken ct = default) => GetAsync<MeetingView>(Scheduling($"api/meetings/{id}"), ct);

    public Task<List<MeetingChangeView>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<MeetingChangeView>>(Scheduling($"api/meetings/{id}/history"), ct);

    public Task<MeetingChairView> ChairAsync(Guid id, CancellationToken ct = default) => GetAsync<MeetingChairView>(Scheduling($"api/meetings/{id}/chair"), ct);

    public Task<AgendaView> AgendaAsync(Guid id, CancellationToken ct = default) => GetAsync<AgendaView>(Consensus($"api/meetings/{id}/agenda"), ct);

    public Task<List<BodyView>> BodiesAsync(CancellationToken ct = default) => GetAsync<List<BodyView>>(Scheduling("api/bodies"), ct);

    public Task<List<PartyView>> PartiesAsync(CancellationToken ct = default) => GetAsync<List<PartyView>>(Scheduling("api/parties"), ct);

    public Task<MeetingCheckView> CheckAsync(object request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, Scheduling("api/meetings/check"), request, ct);

    public Task<MeetingView> ScheduleAsync(object request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling("api/meetings"), request, ct);

    /// <summary>A meeting that already took place, recorded as held (concluded at once, no timers; DOMAIN.md, The past).</summary>
    public Task<MeetingView> RecordHeldAsync(object request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling("api/meetings/held"), request, ct);

    /// <summary>A step of the status machine: announce, postpone, reschedule, cancel, convene, conclude.</summary>
    public Task<MeetingView> ActAsync(Guid id, string action, object? body = null, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling($"api/meetings/{id}/{action}"), body, ct);

    public Task<SummitPlanView> PlanAsync(SummitPlanRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Post, Scheduling("api/summit-plans"), request, ct);

    public Task<SummitPlanView> MovePlannedAsync(Guid plan, Guid body, MovePlannedRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Put, Scheduling($"api/summit-plans/{plan}/meetings/{body}"), request, ct);

    public Task<SummitPlanView> DropPlannedAsync(Guid plan, Guid body, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Delete, Scheduling($"api/summit-plans/{plan}/meetings/{body}"), null, ct);

    /// <summary>Books a summit week; <paramref name="turns"/> answers its turn questions (a planned meeting's body → "Waived" or "Kept").</summary>
    public Task<AcceptedPlanView> AcceptPlanAsync(Guid plan, IReadOnlyDictionary<Guid, string> turns, CancellationToken ct = default) =>
        SendAsync<AcceptedPlanView>(HttpMethod.Post, Scheduling($"api/summit-plans/{plan}/accept"),
            new { turns = turns.Select(t => new { bodyId = t.Key, turn = t.Value }).ToList() }, ct);

    /// <summary>The dry run of a reschedule or a move to another host: conflicts, chair, and whose turn the new host would pass over.</summary>
    public Task<MeetingCheckView> CheckRescheduleAsync(Guid meeting, object request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, Scheduling($"api/meetings/{meeting}/reschedule/check"), request, ct);

    public Task<BodyView> PatchBodyAsync(Guid id, object changes, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Patch, Scheduling($"api/bodies/{id}"), changes, ct);

    public Task<ChairOnView> ChairOnAsync(Guid body, DateOnly on, CancellationToken ct = default) =>
        GetAsync<ChairOnView>(Scheduling($"api/bodies/{body}/chair?on={on:yyyy-MM-dd}"), ct);

    public Task<List<StandingView>> StandingsAsync(string party, CancellationToken ct = default) =>
        GetAsync<List<StandingView>>(Scheduling($"api/parties/{Uri.EscapeDataString(party)}/standings"), ct);

    public Task<List<StandingView>> AllStandingsAsync(CancellationToken ct = default) => GetAsync<List<StandingView>>(Scheduling("api/standings"), ct);

    public Task<BodyView> WaiveAsync(Guid body, int year, string party, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Post, Scheduling($"api/bodies/{body}/waivers"), new { year, party }, ct);

    public Task<List<NotificationView>> NotificationsAsync(int take = 30, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>(Scheduling($"api/notifications?take={take}"), ct);

    public Task<MeetingView> SetDelegationAsync(Guid meeting, string party, string head, string rank, string? overrideReason, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, Scheduling($"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}"),
            new { headName = head, headRank = rank, members = Array.Empty<string>(), @override = overrideReason is null ? null : new { reason = overrideReason } }, ct);

    public Task<MeetingView> RemoveDelegationAsync(Guid meeting, string party, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Delete, Scheduling($"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}"), null, ct);

    public Task<MeetingView> SetObserversAsync(Guid meeting, IReadOnlyList<string> observers, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, Scheduling($"api/meetings/{meeting}/observers"), new { observers }, ct);

    public Task<List<ItemView>> ReorderAgendaAsync(Guid meeting, IReadOnlyList<Guid> itemIds, CancellationToken ct = default) =>
        SendAsync<List<ItemView>>(HttpMethod.Put, Consensus($"api/meetings/{meeting}/agenda/order"), new { itemIds }, ct);

    public Task<List<CommitmentView>> CommitmentsAsync(Guid statement, CancellationToken ct = default) =>
        GetAsync<List<CommitmentView>>(Statements($"api/statements/{statement}/commitments"), ct);

    /// <summary>Records a commitment; <paramref name="idempotencyKey"/> is fresh per submission of the form, so a repeat records nothing twice.</summary>
    public Task<JsonElement> AddCommitmentAsync(Guid statement, string what, string? whatRu, IReadOnlyList<string> parties, DateTime dueUtc,
        string idempotencyKey, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{statement}/commitments"), new { what, whatRu, parties, dueUtc }, ct,
            ("Idempotency-Key", idempotencyKey));

    public Task<JsonElement> ReportCommitmentAsync(Guid commitment, string status, string evidence, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Put, Statements($"api/commitments/{commitment}/status"), new { status, evidence }, ct);

    public Task<List<InstrumentView>> InstrumentsAsync(Guid meeting, CancellationToken ct = default) =>
        GetAsync<List<InstrumentView>>(Statements($"api/instruments?meetingId={meeting}"), ct);

    public Task<InstrumentView> OpenInstrumentAsync(OpenInstrumentRequest request, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, Statements("api/instruments"), request, ct);

    /// <summary>A signature ("signatures") or a deposited ratification ("ratifications") by a party on a date.</summary>
    public Task<InstrumentView> RecordInstrumentActAsync(Guid instrument, string act, string party, DateOnly on, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, Statements($"api/instruments/{instrument}/{act}"), new { party, on = on.ToString("yyyy-MM-dd") }, ct);

    public Task<List<HolidayView>> HolidaysAsync(string party, int year, CancellationToken ct = default) =>
        GetAsync<List<HolidayView>>(Scheduling($"api/parties/{Uri.EscapeDataString(party)}/holidays?year={year}"), ct);

    public Task<HolidayView> AddHolidayAsync(string party, DateOnly date, string name, CancellationToken ct = default) =>
        SendAsync<HolidayView>(HttpMethod.Post, Scheduling($"api/parties/{Uri.EscapeDataString(party)}/holidays"), new { date = date.ToString("yyyy-MM-dd"), name }, ct);

    public Task<MeetingPageView> MineAsync(CancellationToken ct = default) => GetAsync<MeetingPageView>(Scheduling("api/meetings/mine"), ct);

    public Task<ItemView> ItemAsync(Guid id, CancellationToken ct = default) => GetAsync<ItemView>(Consensus($"api/agenda-items/{id}"), ct);

    public Task<List<ItemHistoryView>> ItemHistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<ItemHistoryView>>(Consensus($"api/agenda-items/{id}/history"), ct);

    public Task<ItemView> RecordPositionAsync(Guid item, string party, string position, string? note, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Put, Consensus($"api/agenda-items/{item}/positions/{Uri.EscapeDataString(party)}"), new { position, note }, ct);

    public Task<ItemView> ProposeItemAsync(ProposeItemRequest request, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus("api/agenda-items"), request, ct);

    public Task<DecisionView> DecideAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/decision"), null, ct);

    /// <summary>What closing the item now would give (the rule run, nothing saved): shown to the chair before confirming.</summary>
    public Task<DecisionView> PreviewDecisionAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/decision/preview"), null, ct);

    public Task<ItemView> SilenceAsync(Guid item, DateTimeOffset deadline, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/silence"), new { deadline }, ct);

    /// <summary>A blocked item deferred to the body's next meeting ("defer") or referred up to the parent body ("refer").</summary>
    public Task<ItemView> MoveBlockedAsync(Guid item, string how, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/{how}"), null, ct);

    public Task<StatementView> ChairmansStatementAsync(Guid failed, string title, string english, string? russian, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Post, Statements($"api/statements/{failed}/chairmans-statement"), new { title, english, russian }, ct);

    public Task<AmendmentView> ProposeAmendmentAsync(Guid statement, int version, string? english, string? russian, string explanation, CancellationToken ct = default) =>
        SendAsync<AmendmentView>(HttpMethod.Post, Statements($"api/statements/{statement}/amendments"), new { version, english, russian, explanation }, ct);

    public Task<SubscriptionView> SubscribeAsync(string feed, string target, CancellationToken ct = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, Scheduling("api/calendar-subscriptions"), new { feed, target }, ct);

    public Task<List<InstrumentView>> AllInstrumentsAsync(CancellationToken ct = default) => GetAsync<List<InstrumentView>>(Statements("api/instruments"), ct);

    public Task<List<NotificationView>> NotificationsSinceAsync(DateTime sinceUtc, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>(Scheduling($"api/notifications?take=500&since={Uri.EscapeDataString(sinceUtc.ToString("O"))}"), ct);

    public Uri CalendarLink(Guid id) => Scheduling($"api/meetings/{id}/calendar.ics");

    private async Task<T> GetAsync<T>(Uri uri, CancellationToken ct) => await SendAsync<T>(HttpMethod.Get, uri, null, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, Uri uri, object? body, CancellationToken ct, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException(await ProblemAsync(response, ct));
        }

        return (await response.Content.ReadFromJsonAsync<T>(ct))!;
    }

    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var errors = json.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray())
                : new Dictionary<string, string[]>();
            var conflicts = json.TryGetProperty("conflicts", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.Deserialize<List<ConflictView>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? []
                : [];
            var lists = json.ValueKind == JsonValueKind.Object
                ? json.EnumerateObject()
                    .Where(p => p.Name != "errors" && p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
                    .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
                : new Dictionary<string, string[]>();
            return new ApiProblem(status, json.TryGetProperty("code", out var code) ? code.GetString() : null,
                json.TryGetProperty("title", out var title) ? title.GetString() ?? "" : response.ReasonPhrase ?? "",
                json.TryGetProperty("detail", out var detail) ? detail.GetString() : null, errors, conflicts)
            {
                Lists = lists,
                Values = json.ValueKind == JsonValueKind.Object
                    ? json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("type" or "title" or "detail" or "instance"))
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!)
                    : new Dictionary<string, string>(),
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, response.ReasonPhrase ?? status.ToString(), null, new Dictionary<string, string[]>(), []);
        }
    }
}
