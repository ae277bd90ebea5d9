namespace SummitCoordination.Web.Services;

/// <summary>
/// The Scheduling service's HTTP API as the web app uses it: the public reads (parties, calendar), the development
/// sign-in, and the working API of meetings, bodies, parties, summit plans and the inbox (see <see cref="ServiceClient"/>).
/// </summary>
public sealed class SchedulingClient(HttpClient http) : ServiceClient(http)
{
    public async Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) =>
        (await Http.GetFromJsonAsync<List<Party>>("public/parties", ct))!;

    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(int? year = null, CancellationToken ct = default) =>
        (await Http.GetFromJsonAsync<List<CalendarEntry>>(year is null ? "public/calendar" : $"public/calendar?year={year}", ct))!;

    /// <summary>Development only: a token for the role (and state) a person picked on the sign-in page.</summary>
    public async Task<DevToken> DevTokenAsync(string role, string? party, string name, bool focalPoint = false, CancellationToken ct = default)
    {
        using var response = await Http.PostAsJsonAsync("dev/tokens", new { role, party, name, focalPoint }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevToken>(ct))!;
    }

    public Task<MeetingPageView> MeetingsAsync(DateTime fromUtc, DateTime toUtc, string? layer = null, string? track = null, string? party = null,
        string? status = null, CancellationToken ct = default)
    {
        var query = $"api/meetings?from={Uri.EscapeDataString(fromUtc.ToString("O"))}&to={Uri.EscapeDataString(toUtc.ToString("O"))}&pageSize=200"
            + (layer is null ? "" : $"&layer={layer}") + (track is null ? "" : $"&track={track}")
            + (party is null ? "" : $"&party={Uri.EscapeDataString(party)}") + (status is null ? "" : $"&status={status}");
        return GetAsync<MeetingPageView>(query, ct);
    }

    public Task<MeetingView> MeetingAsync(Guid id, CancellationToken ct = default) => GetAsync<MeetingView>($"api/meetings/{id}", ct);

    /// <summary>A body's meetings in start order (up to 200), for a form that picks one.</summary>
    public Task<MeetingPageView> BodyMeetingsAsync(Guid bodyId, CancellationToken ct = default) =>
        GetAsync<MeetingPageView>($"api/meetings?bodyId={bodyId}&pageSize=200", ct);

    public Task<List<MeetingChangeView>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<MeetingChangeView>>($"api/meetings/{id}/history", ct);

    public Task<MeetingChairView> ChairAsync(Guid id, CancellationToken ct = default) => GetAsync<MeetingChairView>($"api/meetings/{id}/chair", ct);

    public Task<List<BodyView>> BodiesAsync(CancellationToken ct = default) => GetAsync<List<BodyView>>("api/bodies", ct);

    /// <summary>The parties as the working API gives them (with capitals); <see cref="PartiesAsync"/> is the public list.</summary>
    public Task<List<PartyView>> PartyDetailsAsync(CancellationToken ct = default) => GetAsync<List<PartyView>>("api/parties", ct);

    public Task<MeetingCheckView> CheckAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, "api/meetings/check", Json(request), ct);

    public Task<MeetingView> ScheduleAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, "api/meetings", Json(request), ct);

    /// <summary>A meeting that already took place, recorded as held (concluded at once, no timers; DOMAIN.md, The past).</summary>
    public Task<MeetingView> RecordHeldAsync(MeetingRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, "api/meetings/held", Json(request), ct);

    /// <summary>A step of the status machine: announce, postpone, cancel, convene, conclude (a reason for postpone and cancel, and for convening ahead of time).</summary>
    public Task<MeetingView> ActAsync(Guid id, string action, ReasonRequest? reason = null, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, $"api/meetings/{id}/{action}", reason is null ? null : Json(reason), ct);

    /// <summary>New times, and optionally a new place and host.</summary>
    public Task<MeetingView> RescheduleAsync(Guid id, RescheduleRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Post, $"api/meetings/{id}/reschedule", Json(request), ct);

    public Task<SummitPlanView> PlanAsync(SummitPlanRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Post, "api/summit-plans", Json(request), ct);

    public Task<SummitPlanView> MovePlannedAsync(Guid plan, Guid body, MovePlannedRequest request, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Put, $"api/summit-plans/{plan}/meetings/{body}", Json(request), ct);

    public Task<SummitPlanView> DropPlannedAsync(Guid plan, Guid body, CancellationToken ct = default) =>
        SendAsync<SummitPlanView>(HttpMethod.Delete, $"api/summit-plans/{plan}/meetings/{body}", null, ct);

    /// <summary>Books a summit week; <paramref name="turns"/> answers its turn questions (a planned meeting's body → "Waived" or "Kept").</summary>
    public Task<AcceptedPlanView> AcceptPlanAsync(Guid plan, IReadOnlyDictionary<Guid, string> turns, CancellationToken ct = default) =>
        SendAsync<AcceptedPlanView>(HttpMethod.Post, $"api/summit-plans/{plan}/accept",
            Json(new AcceptPlanRequest(turns.Select(t => new TurnAnswer(t.Key, t.Value)).ToList())), ct);

    /// <summary>The dry run of a reschedule or a move to another host: conflicts, chair, and whose turn the new host would pass over.</summary>
    public Task<MeetingCheckView> CheckRescheduleAsync(Guid meeting, RescheduleRequest request, CancellationToken ct = default) =>
        SendAsync<MeetingCheckView>(HttpMethod.Post, $"api/meetings/{meeting}/reschedule/check", Json(request), ct);

    public Task<BodyView> PatchBodyAsync(Guid id, BodyPatchRequest changes, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Patch, $"api/bodies/{id}", Json(changes), ct);

    public Task<ChairOnView> ChairOnAsync(Guid body, DateOnly on, CancellationToken ct = default) =>
        GetAsync<ChairOnView>($"api/bodies/{body}/chair?on={on:yyyy-MM-dd}", ct);

    public Task<List<StandingView>> StandingsAsync(string party, CancellationToken ct = default) =>
        GetAsync<List<StandingView>>($"api/parties/{Uri.EscapeDataString(party)}/standings", ct);

    public Task<List<StandingView>> AllStandingsAsync(CancellationToken ct = default) => GetAsync<List<StandingView>>("api/standings", ct);

    public Task<BodyView> WaiveAsync(Guid body, int year, string party, CancellationToken ct = default) =>
        SendAsync<BodyView>(HttpMethod.Post, $"api/bodies/{body}/waivers", Json(new WaiverRequest(year, party)), ct);

    public Task<List<NotificationView>> NotificationsAsync(int take = 30, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>($"api/notifications?take={take}", ct);

    public Task<MeetingView> SetDelegationAsync(Guid meeting, string party, string head, string rank, string? overrideReason, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, $"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}",
            Json(new DelegationRequest(head, rank, [], overrideReason is null ? null : new MeetingOverride(overrideReason))), ct);

    public Task<MeetingView> RemoveDelegationAsync(Guid meeting, string party, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Delete, $"api/meetings/{meeting}/delegations/{Uri.EscapeDataString(party)}", null, ct);

    public Task<MeetingView> SetObserversAsync(Guid meeting, IReadOnlyList<string> observers, CancellationToken ct = default) =>
        SendAsync<MeetingView>(HttpMethod.Put, $"api/meetings/{meeting}/observers", Json(new ObserversRequest(observers)), ct);

    public Task<List<HolidayView>> HolidaysAsync(string party, int year, CancellationToken ct = default) =>
        GetAsync<List<HolidayView>>($"api/parties/{Uri.EscapeDataString(party)}/holidays?year={year}", ct);

    public Task<HolidayView> AddHolidayAsync(string party, DateOnly date, string name, CancellationToken ct = default) =>
        SendAsync<HolidayView>(HttpMethod.Post, $"api/parties/{Uri.EscapeDataString(party)}/holidays", Json(new HolidayRequest(date, name)), ct);

    public Task<MeetingPageView> MineAsync(CancellationToken ct = default) => GetAsync<MeetingPageView>("api/meetings/mine", ct);

    public Task<SubscriptionView> SubscribeAsync(string feed, string target, CancellationToken ct = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, "api/calendar-subscriptions", Json(new SubscriptionRequest(feed, target)), ct);

    public Task<List<NotificationView>> NotificationsSinceAsync(DateTime sinceUtc, CancellationToken ct = default) =>
        GetAsync<List<NotificationView>>($"api/notifications?take=500&since={Uri.EscapeDataString(sinceUtc.ToString("O"))}", ct);

    /// <summary>The meeting's iCalendar file, as a link the browser follows itself.</summary>
    public Uri CalendarLink(Guid id) => Link($"api/meetings/{id}/calendar.ics");

    /// <summary>Issue 23: the people who get mail (the secretariat's all, a focal point's its own state's).</summary>
    public Task<List<PersonView>> PeopleAsync(CancellationToken ct = default) => GetAsync<List<PersonView>>("api/people", ct);

    public Task<PersonView> PersonAsync(Guid id, CancellationToken ct = default) => GetAsync<PersonView>($"api/people/{id}", ct);

    public Task<PersonView> AddPersonAsync(PersonRequest request, CancellationToken ct = default) =>
        SendAsync<PersonView>(HttpMethod.Post, "api/people", Json(request), ct);

    public Task<PersonView> PreferAsync(Guid id, Dictionary<string, string> preferences, CancellationToken ct = default) =>
        SendAsync<PersonView>(HttpMethod.Put, $"api/people/{id}/preferences", Json(new { preferences }), ct);

    /// <summary>The signed-in person (404 when the account is nobody's).</summary>
    public Task<PersonView> MeAsync(CancellationToken ct = default) => GetAsync<PersonView>("api/people/me", ct);

    public Task<PersonView> PreferMeAsync(Dictionary<string, string> preferences, CancellationToken ct = default) =>
        SendAsync<PersonView>(HttpMethod.Put, "api/people/me/preferences", Json(new { preferences }), ct);

    public Task<UnsubscribeView> UnsubscribeInfoAsync(string token, CancellationToken ct = default) =>
        GetAsync<UnsubscribeView>($"api/mail/unsubscribe?token={Uri.EscapeDataString(token)}", ct);

    public Task<UnsubscribeView> UnsubscribeAsync(string token, CancellationToken ct = default) =>
        SendAsync<UnsubscribeView>(HttpMethod.Post, $"api/mail/unsubscribe?token={Uri.EscapeDataString(token)}", null, ct);

    public Task<MailOutboxView> MailOutboxAsync(CancellationToken ct = default) => GetAsync<MailOutboxView>("api/mail/outbox?take=20", ct);

    public Task<QueuedMailView> RetryMailAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<QueuedMailView>(HttpMethod.Post, $"api/mail/outbox/{id}/retry", null, ct);
}
