using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 9, section 2: private feed addresses a calendar application can subscribe to without a bearer header.</summary>
public sealed class CalendarSubscriptionTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app = fixture.App;

    private static async Task<JsonElement> SubscribeAsync(HttpClient client, string feed, string target)
    {
        var response = await client.PostAsJsonAsync("/api/calendar-subscriptions", new { feed, target });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string PathOf(JsonElement subscription) => new Uri(subscription.GetProperty("url").GetString()!).PathAndQuery;

    [Fact]
    public async Task A_delegation_subscribes_to_its_states_calendar_and_a_calendar_application_reads_it_without_a_token()
    {
        var secretariat = await _app.Secretariat();
        var meeting = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2031, 2, 3, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var kazakhstan = await _app.Delegation("KAZ");

        var subscription = await SubscribeAsync(kazakhstan, "Party", "KAZ");
        Assert.StartsWith("webcal://", subscription.GetProperty("webcal").GetString());
        Assert.EndsWith(".ics", subscription.GetProperty("url").GetString());

        var calendarApp = _app.CreateClient();
        var feed = await calendarApp.GetAsync(PathOf(subscription));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.Events, e => e.Uid!.Contains(meeting.ToString(), StringComparison.OrdinalIgnoreCase));

        var listed = await kazakhstan.GetFromJsonAsync<JsonElement>("/api/calendar-subscriptions");
        var mine = listed.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == subscription.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("url").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("lastReadUtc").ValueKind);
    }

    [Fact]
    public async Task The_public_pages_offer_the_public_calendar_as_a_webcal_subscription()
    {
        var browser = _app.CreateClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = await browser.GetStringAsync("/calendar");
        Assert.Contains("href=\"webcal://localhost/public/calendar.ics\"", page);
    }

    [Fact]
    public async Task A_revoked_feed_answers_404_and_a_guessed_one_too()
    {
        var uzbekistan = await _app.Delegation("UZB");
        var subscription = await SubscribeAsync(uzbekistan, "Party", "UZB");
        var calendarApp = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(PathOf(subscription))).StatusCode);

        // Only its maker (or the secretariat) revokes it; another state is told it does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.Delegation("KAZ")).DeleteAsync($"/api/calendar-subscriptions/{subscription.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await uzbekistan.DeleteAsync($"/api/calendar-subscriptions/{subscription.GetProperty("id").GetGuid()}")).StatusCode);

        var revoked = await calendarApp.GetAsync(PathOf(subscription));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal("application/problem+json", revoked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendars/not-a-real-secret-at-all.ics")).StatusCode);
    }

    [Fact]
    public async Task A_feed_is_scoped_to_its_calendar_and_its_makers_rights_at_read_time()
    {
        var secretariat = await _app.Secretariat();
        var kazakhstan = await _app.Delegation("KAZ");
        // Not another state's calendar, nor a meeting Kazakhstan does not sit in.
        Assert.Equal(HttpStatusCode.Forbidden, (await kazakhstan.PostAsJsonAsync("/api/calendar-subscriptions", new { feed = "Party", target = "UZB" })).StatusCode);
        var elsewhere = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2031, 3, 3, 10, 0, 0, TimeSpan.FromHours(5)),
            edit: r => r["delegations"] = new[] { Requests.Delegation("UZB"), Requests.Delegation("TJK") })).Id();
        Assert.Equal(HttpStatusCode.NotFound, (await kazakhstan.PostAsJsonAsync("/api/calendar-subscriptions", new { feed = "Meeting", target = elsewhere.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await kazakhstan.PostAsJsonAsync("/api/calendar-subscriptions", new { feed = "Meeting", target = "KAZ" })).StatusCode);

        // A meeting feed made while Kazakhstan sat there stops showing it once Kazakhstan's delegation is removed.
        var meeting = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2031, 4, 7, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var subscription = await SubscribeAsync(kazakhstan, "Meeting", meeting.ToString());
        var calendarApp = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(PathOf(subscription))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.DeleteAsync($"/api/meetings/{meeting}/delegations/KAZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(PathOf(subscription))).StatusCode);

        // The feed secret opens nothing else: the API still wants a bearer token.
        var token = PathOf(subscription)["/calendars/".Length..^".ics".Length];
        var probe = _app.CreateClient();
        probe.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await probe.GetAsync("/api/meetings")).StatusCode);
    }
}
