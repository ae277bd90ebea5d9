using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.Contracts;

namespace SummitCoordination.Web.Services;

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
        SendAsync<StatementView>(HttpMethod.Post, Statements("api/statements"), Json(request), ct);

    public Task<VersionView> VersionAsync(Guid id, int number, CancellationToken ct = default) =>
        GetAsync<VersionView>(Statements($"api/statements/{id}/versions/{number}"), ct);

    /// <summary>A kept version as its official text in PDF, with the file name Statements gives it; a refusal as an <see cref="ApiException"/>.</summary>
    public async Task<(byte[] Pdf, string FileName)> VersionPdfAsync(Guid id, int number, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(Statements($"api/statements/{id}/versions/{number}.pdf"), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException(await ProblemAsync(response, ct));
        }

        var disposition = response.Content.Headers.ContentDisposition;
        return (await response.Content.ReadAsByteArrayAsync(ct), disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? $"statement-v{number}.pdf");
    }

    public Task<VersionView> ReviseAsync(Guid id, int basedOn, string english, string? russian, CancellationToken ct = default) =>
        SendAsync<VersionView>(HttpMethod.Post, Statements($"api/statements/{id}/versions"), Json(new ReviseRequest(basedOn, english, russian)), ct);

    public Task<DiffView> DiffAsync(Guid id, int from, int to, CancellationToken ct = default) =>
        GetAsync<DiffView>(Statements($"api/statements/{id}/diff?from={from}&to={to}"), ct);

    public Task<List<AmendmentView>> AmendmentsAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<AmendmentView>>(Statements($"api/statements/{id}/amendments"), ct);

    public Task<JsonElement> AcceptAmendmentAsync(Guid id, Guid amendment, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{id}/amendments/{amendment}/accept"), null, ct);

    public Task<JsonElement> RejectAmendmentAsync(Guid id, Guid amendment, string reason, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{id}/amendments/{amendment}/reject"), Json(new ReasonRequest(reason)), ct);

    public Task<StatementView> EmbargoAsync(Guid id, DateTime releaseAtUtc, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Put, Statements($"api/statements/{id}/embargo"), Json(new EmbargoRequest(releaseAtUtc)), ct);

    public Task<PreviewView> PreviewAsync(string english, string? russian, CancellationToken ct = default) =>
        SendAsync<PreviewView>(HttpMethod.Post, Statements("api/statements/preview"), Json(new PreviewRequest(english, russian)), ct);

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

    public Task<MeetingCheckView> CheckAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, Scheduling("api/meetings/check"), Json(request), ct);

    public Task<MeetingView> ScheduleAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling("api/meetings"), Json(request), ct);

    /// <summary>A meeting that already took place, recorded as held (concluded at once, no timers; DOMAIN.md, The past).</summary>
    public Task<MeetingView> RecordHeldAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling("api/meetings/held"), Json(request), ct);

    /// <summary>A step of the status machine: announce, postpone, cancel, convene, conclude (a reason for postpone and cancel, and for convening ahead of time).</summary>
    public Task<MeetingView> ActAsync(Guid id, string action, ReasonRequest? reason = null, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling($"api/meetings/{id}/{action}"), reason is null ? null : Json(reason), ct);

    /// <summary>New times, and optionally a new place and host.</summary>
    public Task<MeetingView> RescheduleAsync(Guid id, RescheduleRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, Scheduling($"api/meetings/{id}/reschedule"), Json(request), ct);

    public Task<SummitPlanView> PlanAsync(SummitPlanRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Post, Scheduling("api/summit-plans"), Json(request), ct);

    public Task<SummitPlanView> MovePlannedAsync(Guid plan, Guid body, MovePlannedRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Put, Scheduling($"api/summit-plans/{plan}/meetings/{body}"), Json(request), ct);

    public Task<SummitPlanView> DropPlannedAsync(Guid plan, Guid body, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Delete, Scheduling($"api/summit-plans/{plan}/meetings/{body}"), null, ct);

    /// <summary>Books a summit week; <paramref name="turns"/> answers its turn questions (a planned meeting's body → "Waived" or "Kept").</summary>
    public Task<AcceptedPlanView> AcceptPlanAsync(Guid plan, IReadOnlyDictionary<Guid, string> turns, CancellationToken ct = default) =>
        SendAsync<AcceptedPlanView>(HttpMethod.Post, Scheduling($"api/summit-plans/{plan}/accept"),
            Json(new AcceptPlanRequest(turns.Select(t => new TurnAnswer(t.Key, t.Value)).ToList())), ct);

    /// <summary>The dry run of a reschedule or a move to another host: conflicts, chair, and whose turn the new host would pass over.</summary>
    public Task<MeetingCheckView> CheckRescheduleAsync(Guid meeting, RescheduleRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, Scheduling($"api/meetings/{meeting}/reschedule/check"), Json(request), ct);

    public Task<BodyView> PatchBodyAsync(Guid id, BodyPatchRequest changes, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Patch, Scheduling($"api/bodies/{id}"), Json(changes), ct);

    public Task<ChairOnView> ChairOnAsync(Guid body, DateOnly on, CancellationToken ct = default) =>
        GetAsync<ChairOnView>(Scheduling($"api/bodies/{body}/chair?on={on:yyyy-MM-dd}"), ct);

    public Task<List<StandingView>> StandingsAsync(string party, CancellationToken ct = default) =>
        GetAsync<List<StandingView>>(Scheduling($"api/parties/{Uri.EscapeDataString(party)}/standings"), ct);

    public Task<List<StandingView>> AllStandingsAsync(CancellationToken ct = default) => GetAsync<List<StandingView>>(Scheduling("api/standings"), ct);

    public Task<BodyView> WaiveAsync(Guid body, int year, string party, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Post, Scheduling($"api/bodies/{body}/waivers"), Json(new WaiverRequest(year, party)), ct);

    public Task<List<NotificationView>> NotificationsAsync(int take = 30, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>(Scheduling($"api/notifications?take={take}"), ct);

    public Task<MeetingView> SetDelegationAsync(Guid meeting, string party, string head, string rank, string? overrideReason, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, Scheduling($"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}"),
            Json(new DelegationRequest(head, rank, [], overrideReason is null ? null : new MeetingOverride(overrideReason))), ct);

    public Task<MeetingView> RemoveDelegationAsync(Guid meeting, string party, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Delete, Scheduling($"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}"), null, ct);

    public Task<MeetingView> SetObserversAsync(Guid meeting, IReadOnlyList<string> observers, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, Scheduling($"api/meetings/{meeting}/observers"), Json(new ObserversRequest(observers)), ct);

    public Task<List<ItemView>> ReorderAgendaAsync(Guid meeting, IReadOnlyList<Guid> itemIds, CancellationToken ct = default) =>
        SendAsync<List<ItemView>>(HttpMethod.Put, Consensus($"api/meetings/{meeting}/agenda/order"), Json(new AgendaOrderRequest(itemIds)), ct);

    public Task<List<CommitmentView>> CommitmentsAsync(Guid statement, CancellationToken ct = default) =>
        GetAsync<List<CommitmentView>>(Statements($"api/statements/{statement}/commitments"), ct);

    /// <summary>Records a commitment; <paramref name="idempotencyKey"/> is fresh per submission of the form, so a repeat records nothing twice.</summary>
    public Task<JsonElement> AddCommitmentAsync(Guid statement, string what, string? whatRu, IReadOnlyList<string> parties, DateTime dueUtc,
        string idempotencyKey, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, Statements($"api/statements/{statement}/commitments"), Json(new CommitmentRequest(what, whatRu, parties, dueUtc)), ct,
            ("Idempotency-Key", idempotencyKey));

    public Task<JsonElement> ReportCommitmentAsync(Guid commitment, string status, string evidence, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Put, Statements($"api/commitments/{commitment}/status"), Json(new CommitmentReportRequest(status, evidence)), ct);

    public Task<List<InstrumentView>> InstrumentsAsync(Guid meeting, CancellationToken ct = default) =>
        GetAsync<List<InstrumentView>>(Statements($"api/instruments?meetingId={meeting}"), ct);

    public Task<InstrumentView> OpenInstrumentAsync(OpenInstrumentRequest request, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, Statements("api/instruments"), Json(request), ct);

    /// <summary>A signature ("signatures") or a deposited ratification ("ratifications") by a party on a date.</summary>
    public Task<InstrumentView> RecordInstrumentActAsync(Guid instrument, string act, string party, DateOnly on, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, Statements($"api/instruments/{instrument}/{act}"), Json(new InstrumentActRequest(party, on)), ct);

    public Task<List<HolidayView>> HolidaysAsync(string party, int year, CancellationToken ct = default) =>
        GetAsync<List<HolidayView>>(Scheduling($"api/parties/{Uri.EscapeDataString(party)}/holidays?year={year}"), ct);

    public Task<HolidayView> AddHolidayAsync(string party, DateOnly date, string name, CancellationToken ct = default) =>
        SendAsync<HolidayView>(HttpMethod.Post, Scheduling($"api/parties/{Uri.EscapeDataString(party)}/holidays"), Json(new HolidayRequest(date, name)), ct);

    public Task<MeetingPageView> MineAsync(CancellationToken ct = default) => GetAsync<MeetingPageView>(Scheduling("api/meetings/mine"), ct);

    public Task<ItemView> ItemAsync(Guid id, CancellationToken ct = default) => GetAsync<ItemView>(Consensus($"api/agenda-items/{id}"), ct);

    public Task<List<ItemHistoryView>> ItemHistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<ItemHistoryView>>(Consensus($"api/agenda-items/{id}/history"), ct);

    public Task<ItemView> RecordPositionAsync(Guid item, string party, string position, string? note, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Put, Consensus($"api/agenda-items/{item}/positions/{Uri.EscapeDataString(party)}"), Json(new PositionRequest(position, note)), ct);

    public Task<ItemView> ProposeItemAsync(ProposeItemRequest request, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus("api/agenda-items"), Json(request), ct);

    public Task<DecisionView> DecideAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/decision"), null, ct);

    /// <summary>What closing the item now would give (the rule run, nothing saved): shown to the chair before confirming.</summary>
    public Task<DecisionView> PreviewDecisionAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/decision/preview"), null, ct);

    public Task<ItemView> SilenceAsync(Guid item, DateTimeOffset deadline, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/silence"), Json(new SilenceRequest(deadline)), ct);

    /// <summary>A blocked item deferred to the body's next meeting ("defer") or referred up to the parent body ("refer").</summary>
    public Task<ItemView> MoveBlockedAsync(Guid item, string how, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, Consensus($"api/agenda-items/{item}/{how}"), null, ct);

    public Task<StatementView> ChairmansStatementAsync(Guid failed, string title, string english, string? russian, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Post, Statements($"api/statements/{failed}/chairmans-statement"), Json(new ChairmansStatementRequest(title, english, russian)), ct);

    public Task<AmendmentView> ProposeAmendmentAsync(Guid statement, int version, string? english, string? russian, string explanation, CancellationToken ct = default) =>
        SendAsync<AmendmentView>(HttpMethod.Post, Statements($"api/statements/{statement}/amendments"), Json(new AmendmentRequest(version, english, russian, explanation)), ct);

    public Task<SubscriptionView> SubscribeAsync(string feed, string target, CancellationToken ct = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, Scheduling("api/calendar-subscriptions"), Json(new SubscriptionRequest(feed, target)), ct);

    public Task<List<InstrumentView>> AllInstrumentsAsync(CancellationToken ct = default) => GetAsync<List<InstrumentView>>(Statements("api/instruments"), ct);

    public Task<List<NotificationView>> NotificationsSinceAsync(DateTime sinceUtc, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>(Scheduling($"api/notifications?take=500&since={Uri.EscapeDataString(sinceUtc.ToString("O"))}"), ct);

    public Uri CalendarLink(Guid id) => Scheduling($"api/meetings/{id}/calendar.ics");

    private async Task<T> GetAsync<T>(Uri uri, CancellationToken ct) => await SendAsync<T>(HttpMethod.Get, uri, null, ct);

    /// <summary>A request record as the body of a call (camelCase, enums by name).</summary>
    private static JsonContent Json<TBody>(TBody body) => JsonContent.Create(body);

    private async Task<T> SendAsync<T>(HttpMethod method, Uri uri, HttpContent? body, CancellationToken ct, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Content = body;

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
