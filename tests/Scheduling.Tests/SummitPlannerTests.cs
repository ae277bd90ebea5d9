using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class SummitPlannerTests : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app;

    public SummitPlannerTests(SummitAppFixture fixture) => _app = fixture.App;

    private static object Week(string from, string to, string[]? venues = null, string[]? partners = null, string[]? layers = null) => new
    {
        hostParty = "KAZ",
        city = "Astana",
        venues = venues ?? ["Palace of Peace and Reconciliation", "Independence Palace"],
        from,
        to,
        layers = layers ?? ["SeniorOfficials", "Ministers", "Leaders"],
        partners = partners ?? ["USA"],
    };

    private static List<JsonElement> MeetingsOf(JsonElement plan) => plan.GetProperty("meetings").EnumerateArray().ToList();

    /// <summary>
    /// Accepts a plan hosted by KAZ: the leaders' meeting is hosted out of turn (Turkmenistan's, after Tashkent 2025), and
    /// the state in turn keeps it (issue 19, point 6: the plan says <c>turnOf</c>, and accepting answers it).
    /// </summary>
    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, JsonElement plan) =>
        client.PostAsJsonAsync($"/api/summit-plans/{plan.GetProperty("id").GetGuid()}/accept", new
        {
            turns = MeetingsOf(plan).Where(m => m.GetProperty("turnOf").ValueKind == JsonValueKind.String)
                .Select(m => new { bodyId = m.GetProperty("bodyId").GetGuid(), turn = "Kept" }).ToList(),
        });

    [Fact]
    public async Task Officials_then_ministers_then_leaders_then_the_C5_plus_X_meetings_within_hours_and_gaps()
    {
        var client = await _app.Secretariat();

        var response = await client.PostAsJsonAsync("/api/summit-plans", Week("2032-09-13", "2032-09-17"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var meetings = MeetingsOf(await MeetingsApi.ReadAsync(response));
        Assert.Equal(["National Coordinators", "Council of Foreign Ministers", "Consultative Meeting of the Heads of State of Central Asia",
            "C5+USA Senior Officials", "C5+USA Foreign Ministers' Meeting", "C5+USA Summit"], meetings.Select(m => m.GetProperty("bodyName").GetString()));
        for (var i = 1; i < meetings.Count; i++)
        {
            var before = meetings[i - 1].GetProperty("endUtc").GetDateTime();
            var start = meetings[i].GetProperty("startUtc").GetDateTime();
            Assert.True(start >= before, $"meeting {i} starts before the one it follows ends");
        }

        Assert.True(meetings[1].GetProperty("startUtc").GetDateTime() >= meetings[0].GetProperty("endUtc").GetDateTime().AddHours(2), "ministers follow officials by the minimum gap");
        Assert.All(meetings, m =>
        {
            var start = m.GetProperty("startLocal").GetDateTimeOffset();
            var end = m.GetProperty("endLocal").GetDateTimeOffset();
            Assert.True(start.Hour >= 8 && (end.Hour < 20 || (end.Hour == 20 && end.Minute == 0)), $"{start}-{end} is outside working hours");
            Assert.Equal(TimeSpan.FromHours(5), start.Offset);
        });
        Assert.Contains("USA", meetings[5].GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task The_host_s_public_holiday_is_skipped()
    {
        var client = await _app.Secretariat();

        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week("2032-12-16", "2032-12-20", partners: [], layers: ["SeniorOfficials"])));

        Assert.Equal(new DateOnly(2032, 12, 17), DateOnly.FromDateTime(MeetingsOf(plan)[0].GetProperty("startLocal").GetDateTimeOffset().DateTime));
    }

    [Fact]
    public async Task A_booked_venue_makes_the_planner_use_the_next_one()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", new DateTimeOffset(2032, 10, 4, 8, 0, 0, TimeSpan.FromHours(5)), TimeSpan.FromHours(5),
            edit: r => r["venue"] = "Hall One");

        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week("2032-10-04", "2032-10-08", ["Hall One", "Hall Two"], [], ["SeniorOfficials"])));

        var first = MeetingsOf(plan)[0];
        Assert.Equal("Hall Two", first.GetProperty("venue").GetString());
        Assert.Equal(8, first.GetProperty("startLocal").GetDateTimeOffset().Hour);
    }

    [Fact]
    public async Task When_it_cannot_be_done_the_answer_says_why()
    {
        var client = await _app.Secretariat();

        var response = await client.PostAsJsonAsync("/api/summit-plans", Week("2032-11-01", "2032-11-01", partners: ["USA", "CHN"]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await MeetingsApi.ReadAsync(response);
        Assert.Equal("plan.impossible", problem.GetProperty("code").GetString());
        Assert.Contains("Cannot place", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Accepting_a_plan_books_all_its_meetings_once()
    {
        var client = await _app.Secretariat();
        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week("2033-03-07", "2033-03-11", ["Akorda"], ["JPN"])));
        var planId = plan.GetProperty("id").GetGuid();

        var accepted = await AcceptAsync(client, plan);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var ids = (await MeetingsApi.ReadAsync(accepted)).GetProperty("meetingIds").EnumerateArray().Select(i => i.GetGuid()).ToList();
        Assert.Equal(6, ids.Count);
        var leaders = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{ids[2]}");
        Assert.Equal("Leaders", leaders.GetProperty("layer").GetString());
        Assert.Equal("Head of State", leaders.GetProperty("delegations")[0].GetProperty("headRank").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await AcceptAsync(client, plan)).StatusCode);
    }

    [Fact]
    public async Task A_plan_overtaken_by_the_calendar_books_nothing()
    {
        var client = await _app.Secretariat();
        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week("2033-04-04", "2033-04-08", ["Baiterek Hall"], [], ["SeniorOfficials", "Ministers"])));
        var ministers = MeetingsOf(plan)[1];
        await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", ministers.GetProperty("startLocal").GetDateTimeOffset(), TimeSpan.FromHours(1),
            edit: r => r["venue"] = "Baiterek Hall");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2033-04-01T00:00:00Z&to=2033-04-30T00:00:00Z")).GetProperty("total").GetInt32();

        var accepted = await client.PostAsync($"/api/summit-plans/{plan.GetProperty("id").GetGuid()}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2033-04-01T00:00:00Z&to=2033-04-30T00:00:00Z")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_summit_window_longer_than_two_weeks_is_400()
    {
        var client = await _app.Secretariat();
        var response = await client.PostAsJsonAsync("/api/summit-plans", Week("2033-01-01", "2033-02-01"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_plan_can_be_edited_a_meeting_moved_or_dropped_and_a_move_that_breaks_the_order_is_refused_with_the_reason()
    {
        var client = await _app.Secretariat();
        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week("2033-06-13", "2033-06-17", ["Hall of Edits"])));
        var id = plan.GetProperty("id").GetGuid();
        var meetings = MeetingsOf(plan);
        var ministers = meetings[1];
        var leaders = meetings[2];
        var summit = meetings[5];

        // The leaders an hour before the ministers end: refused, saying which meeting prepares it.
        var early = ministers.GetProperty("endLocal").GetDateTimeOffset().AddHours(-1);
        var refused = await client.PutAsJsonAsync($"/api/summit-plans/{id}/meetings/{leaders.GetProperty("bodyId").GetGuid()}", new { start = early, end = early.AddHours(3) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await MeetingsApi.ReadAsync(refused);
        Assert.Equal("plan.refused", problem.GetProperty("code").GetString());
        Assert.Contains("Council of Foreign Ministers", problem.GetProperty("detail").GetString());

        // The C5+USA summit a day later: fine. The C5+USA senior officials dropped.
        var later = summit.GetProperty("startLocal").GetDateTimeOffset().AddDays(1);
        var moved = await client.PutAsJsonAsync($"/api/summit-plans/{id}/meetings/{summit.GetProperty("bodyId").GetGuid()}", new { start = later, end = later.AddHours(2) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var dropped = await MeetingsApi.ReadAsync(await client.DeleteAsync($"/api/summit-plans/{id}/meetings/{meetings[3].GetProperty("bodyId").GetGuid()}"));
        var edited = MeetingsOf(dropped);
        Assert.Equal(5, edited.Count);
        Assert.Equal(later, edited.Single(m => m.GetProperty("bodyName").GetString() == "C5+USA Summit").GetProperty("startLocal").GetDateTimeOffset());

        var accepted = await MeetingsApi.ReadAsync(await AcceptAsync(client, dropped));
        Assert.Equal(5, accepted.GetProperty("meetingIds").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/summit-plans/{id}/meetings/{ministers.GetProperty("bodyId").GetGuid()}")).StatusCode);
    }
}
