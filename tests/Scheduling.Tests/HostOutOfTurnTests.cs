using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 19, point 6, for the summit-week planner and for reschedule: a host other than the state whose turn it is
/// (for a body whose turn passes with each meeting held) is asked what becomes of that turn, as scheduling asks:
/// 409 <c>meeting.host-out-of-turn</c> with <c>turnOf</c> until the answer is Waived (a waiver for the year, the
/// host chairs) or Kept (the meeting does not count as a turn). Each test has a year of its own.
/// </summary>
public sealed class HostOutOfTurnTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private const string Leaders = "Consultative Meeting of the Heads of State of Central Asia";
    private static readonly Dictionary<string, (string City, string Zone)> Capitals = new()
    {
        ["KAZ"] = ("Astana", "Asia/Almaty"), ["KGZ"] = ("Bishkek", "Asia/Bishkek"), ["TJK"] = ("Dushanbe", "Asia/Dushanbe"),
        ["TKM"] = ("Ashgabat", "Asia/Ashgabat"), ["UZB"] = ("Tashkent", "Asia/Tashkent"),
    };

    private readonly SummitApp _app = fixture.App;

    private static async Task<(Guid Body, string InTurn, string Next, string Other)> TurnsAsync(HttpClient client, string on)
    {
        var body = await StandardBodies.IdOf(client, Leaders);
        var inTurn = (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{body}/chair?on={on}")).GetProperty("party").GetString()!;
        var sequence = (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{body}")).GetProperty("chairRotation").GetProperty("sequence")
            .EnumerateArray().Select(p => p.GetString()!).ToList();
        var next = sequence[(sequence.IndexOf(inTurn) + 1) % sequence.Count];
        // A host that is neither in turn nor next: a waiver would not make it the chair either.
        var other = sequence.First(p => p != inTurn && p != next);
        return (body, inTurn, next, other);
    }

    private static object Week(string host, string from, string to, string[]? partners = null) => new
    {
        hostParty = host,
        city = Capitals[host].City,
        venues = new[] { $"Summit hall {Guid.NewGuid():N}" },
        from,
        to,
        layers = new[] { "SeniorOfficials", "Ministers", "Leaders" },
        partners = partners ?? [],
    };

    private static async Task<int> BookedAsync(HttpClient client, int year) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings?from={year}-01-01T00:00:00Z&to={year}-12-31T23:59:59Z&pageSize=200")).GetProperty("total").GetInt32();

    private static async Task<List<string>> HistoryAsync(HttpClient client, Guid meeting) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/history")).EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()}: {c.GetProperty("detail").GetString()}").ToList();

    private static async Task<string> ChairOfAsync(HttpClient client, Guid meeting) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/chair")).GetProperty("chair").GetString()!;

    [Fact]
    public async Task A_summit_week_hosted_out_of_turn_says_whose_turn_it_is_books_nothing_unanswered_and_keeps_the_turn_when_told()
    {
        var client = await _app.Secretariat();
        var (leaders, inTurn, _, host) = await TurnsAsync(client, "2034-05-10");

        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week(host, "2034-05-08", "2034-05-12")));
        var planId = plan.GetProperty("id").GetGuid();
        var planned = plan.GetProperty("meetings").EnumerateArray().ToList();
        // The plan asks about the leaders' meeting only: the officials' and ministers' chairs follow the leaders' rotation.
        Assert.Equal(inTurn, planned.Single(m => m.GetProperty("bodyId").GetGuid() == leaders).GetProperty("turnOf").GetString());
        Assert.All(planned.Where(m => m.GetProperty("bodyId").GetGuid() != leaders), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("turnOf").ValueKind));

        // Accepted without an answer: refused, saying whose turn it is and for which meeting; nothing is booked, and the plan stays open.
        var before = await BookedAsync(client, 2034);
        var refused = await client.PostAsync($"/api/summit-plans/{planId}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await MeetingsApi.ReadAsync(refused);
        Assert.Equal("meeting.host-out-of-turn", problem.GetProperty("code").GetString());
        Assert.Equal(inTurn, problem.GetProperty("turnOf").GetString());
        Assert.Equal(host, problem.GetProperty("host").GetString());
        Assert.Equal(leaders, problem.GetProperty("bodyId").GetGuid());
        Assert.Equal(before, await BookedAsync(client, 2034));
        // An answer for another meeting of the week is no answer for the leaders'.
        var otherMeeting = planned.First(m => m.GetProperty("bodyId").GetGuid() != leaders).GetProperty("bodyId").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict,
            (await client.PostAsJsonAsync($"/api/summit-plans/{planId}/accept", new { turns = new[] { new { bodyId = otherMeeting, turn = "Kept" } } })).StatusCode);

        // Kept: booked; the state in turn chairs and keeps its turn, and the history says so.
        var accepted = await client.PostAsJsonAsync($"/api/summit-plans/{planId}/accept", new { turns = new[] { new { bodyId = leaders, turn = "Kept" } } });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var ids = (await MeetingsApi.ReadAsync(accepted)).GetProperty("meetingIds").EnumerateArray().Select(i => i.GetGuid()).ToList();
        Assert.Equal(3, ids.Count);
        var leadersMeeting = ids[2];
        Assert.Equal(inTurn, await ChairOfAsync(client, leadersMeeting));
        Assert.Contains($"HostedOutOfTurn: {host} hosts; {inTurn} keeps its turn", await HistoryAsync(client, leadersMeeting));
        Assert.DoesNotContain(await HistoryAsync(client, ids[1]), h => h.StartsWith("HostedOutOfTurn", StringComparison.Ordinal));
        Assert.Equal(before + 3, await BookedAsync(client, 2034));
    }

    [Fact]
    public async Task A_summit_week_whose_host_is_next_in_order_books_once_the_state_in_turn_waives_and_the_host_chairs_the_whole_week()
    {
        var client = await _app.Secretariat();
        var (leaders, inTurn, next, _) = await TurnsAsync(client, "2035-05-09");

        var plan = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week(next, "2035-05-07", "2035-05-11", ["USA"])));
        var planId = plan.GetProperty("id").GetGuid();
        Assert.Equal(inTurn, plan.GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("bodyId").GetGuid() == leaders).GetProperty("turnOf").GetString());

        var accepted = await client.PostAsJsonAsync($"/api/summit-plans/{planId}/accept", new { turns = new[] { new { bodyId = leaders, turn = "Waived" } } });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var ids = (await MeetingsApi.ReadAsync(accepted)).GetProperty("meetingIds").EnumerateArray().Select(i => i.GetGuid()).ToList();
        // The waiver is recorded for the year, and every meeting of the week (the C5+USA ones too) is chaired by the host.
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}");
        Assert.Contains(body.GetProperty("chairRotation").GetProperty("waivers").EnumerateArray(),
            w => w.GetProperty("year").GetInt32() == 2035 && w.GetProperty("party").GetString() == inTurn);
        foreach (var id in ids)
        {
            Assert.Equal(next, await ChairOfAsync(client, id));
        }

        Assert.Contains($"TurnWaived: {inTurn} waives its turn in 2035; {next} hosts", await HistoryAsync(client, ids[2]));
    }

    [Fact]
    public async Task An_answer_to_the_turn_question_names_its_meeting_and_a_turn_the_service_knows()
    {
        var client = await _app.Secretariat();
        var (leaders, _, _, host) = await TurnsAsync(client, "2036-05-10");
        var planId = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/summit-plans", Week(host, "2036-05-05", "2036-05-09")))).GetProperty("id").GetGuid();

        var unnamed = await client.PostAsJsonAsync($"/api/summit-plans/{planId}/accept", new { turns = new[] { new { bodyId = (Guid?)null, turn = "Kept" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal("plan.turn-answer", (await MeetingsApi.ReadAsync(unnamed)).GetProperty("code").GetString());
        var unknown = await client.PostAsJsonAsync($"/api/summit-plans/{planId}/accept", new { turns = new[] { new { bodyId = leaders, turn = "Skipped" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var before = await BookedAsync(client, 2036);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/summit-plans/{planId}/accept", null)).StatusCode);
        Assert.Equal(before, await BookedAsync(client, 2036));
    }

    [Fact]
    public async Task Moving_a_meeting_to_a_host_out_of_turn_is_asked_as_scheduling_asks_and_a_kept_turn_stands_until_the_host_changes_again()
    {
        var client = await _app.Secretariat();
        var (_, inTurn, _, other) = await TurnsAsync(client, "2037-06-01");
        var start = new DateTimeOffset(2037, 6, 1, 10, 0, 0, TimeSpan.FromHours(5));
        var meeting = (await MeetingsApi.CreateAsync(client, Leaders, start,
            edit: r => { (r["hostParty"], r["city"], r["timeZone"]) = (inTurn, Capitals[inTurn].City, Capitals[inTurn].Zone); r.Remove("turn"); })).Id();
        object Move(string host, DateTimeOffset at, string? turn = null) =>
            new { start = at, end = at.AddHours(3), hostParty = host, city = Capitals[host].City, venue = $"Hall {Guid.NewGuid():N}", turn };

        // The dry run says whose turn the new host would pass over; the move itself is refused without an answer, and changes nothing.
        var check = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule/check", Move(other, start)));
        Assert.Equal(inTurn, check.GetProperty("turnOf").GetString());
        Assert.Equal(JsonValueKind.Null, (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule/check",
            new { start = start.AddDays(1), end = start.AddDays(1).AddHours(3) }))).GetProperty("turnOf").ValueKind);
        var refused = await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", Move(other, start));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await MeetingsApi.ReadAsync(refused);
        Assert.Equal("meeting.host-out-of-turn", problem.GetProperty("code").GetString());
        Assert.Equal(inTurn, problem.GetProperty("turnOf").GetString());
        Assert.Equal(inTurn, (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("hostParty").GetString());

        // Kept: moved; the state in turn still chairs, and the history says so.
        var kept = await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", Move(other, start, "Kept"));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(other, (await MeetingsApi.ReadAsync(kept)).GetProperty("hostParty").GetString());
        Assert.Equal(inTurn, await ChairOfAsync(client, meeting));
        Assert.Contains($"HostedOutOfTurn: {other} hosts; {inTurn} keeps its turn", await HistoryAsync(client, meeting));

        // New times with the same host: the answer stands, nothing is asked again.
        var later = start.AddDays(2);
        Assert.Equal(JsonValueKind.Null, (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule/check",
            new { start = later, end = later.AddHours(3) }))).GetProperty("turnOf").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", new { start = later, end = later.AddHours(3) })).StatusCode);

        // Back to the state in turn: nothing to ask, and its close takes the turn (the next in order then chairs).
        var back = await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", Move(inTurn, later));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.ConveneAsync(client, meeting)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/meetings/{meeting}/conclude", null)).StatusCode);
        var (_, after, _, _) = await TurnsAsync(client, "2037-12-01");
        Assert.NotEqual(inTurn, after);
    }

    [Fact]
    public async Task Moving_a_meeting_to_the_next_in_order_with_the_turn_waived_records_the_waiver_and_the_host_chairs()
    {
        var client = await _app.Secretariat();
        var (leaders, inTurn, next, other) = await TurnsAsync(client, "2039-06-01");
        var start = new DateTimeOffset(2039, 6, 1, 10, 0, 0, TimeSpan.FromHours(5));
        var meeting = (await MeetingsApi.CreateAsync(client, Leaders, start,
            edit: r => { (r["hostParty"], r["city"], r["timeZone"]) = (inTurn, Capitals[inTurn].City, Capitals[inTurn].Zone); r.Remove("turn"); })).Id();
        object Move(string host, string? turn) =>
            new { start, end = start.AddHours(3), hostParty = host, city = Capitals[host].City, venue = $"Hall {Guid.NewGuid():N}", turn };

        // Waived for a host that is not next in order: the turn then falls on the next, who is asked about in turn.
        var notNext = await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", Move(other, "Waived"));
        Assert.Equal(HttpStatusCode.Conflict, notNext.StatusCode);
        Assert.Equal(next, (await MeetingsApi.ReadAsync(notNext)).GetProperty("turnOf").GetString());
        Assert.Equal(inTurn, (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("hostParty").GetString());

        var waived = await client.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule", Move(next, "Waived"));

        Assert.Equal(HttpStatusCode.OK, waived.StatusCode);
        Assert.Equal(next, await ChairOfAsync(client, meeting));
        Assert.Contains($"TurnWaived: {inTurn} waives its turn in 2039; {next} hosts", await HistoryAsync(client, meeting));
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}");
        Assert.Contains(body.GetProperty("chairRotation").GetProperty("waivers").EnumerateArray(),
            w => w.GetProperty("year").GetInt32() == 2039 && w.GetProperty("party").GetString() == inTurn);
    }
}
