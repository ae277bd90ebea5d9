using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 9, section 3: every refusal is problem details with a code and a detail, and bad input is 400 with the field named.</summary>
public sealed class ErrorShapeTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app = fixture.App;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("code").GetString()), text);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), text);
        Assert.DoesNotContain(" at SummitCoordination.", text);
        return problem;
    }

    private static async Task<JsonElement> InvalidAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        return problem;
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("text/calendar")]
    [InlineData("*/*")]
    public async Task Refusals_are_problem_details_whatever_the_client_accepts(string accept)
    {
        var secretariat = await _app.Secretariat();
        var kazakhstan = await _app.Delegation("KAZ");
        var anonymous = _app.CreateClient();
        foreach (var client in new[] { secretariat, kazakhstan, anonymous })
        {
            client.DefaultRequestHeaders.Accept.Clear();
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        await ProblemAsync(await secretariat.GetAsync($"/api/meetings/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAsync(await kazakhstan.PostAsJsonAsync("/api/parties", new { code = "XYZ" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await anonymous.GetAsync("/api/bodies"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await secretariat.PostAsJsonAsync("/api/parties/KAZ/holidays", new { date = "2030-01-01", name = "New Year" }), HttpStatusCode.Conflict);
        await ProblemAsync(await secretariat.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("1989")]
    [InlineData("abc")]
    public async Task A_holiday_year_outside_1990_to_2100_is_400(string year) =>
        await InvalidAsync(await (await _app.Secretariat()).GetAsync($"/api/parties/KAZ/holidays?year={year}"), "year");

    [Fact]
    public async Task A_body_with_a_null_decision_rule_is_answered_without_a_server_error()
    {
        var secretariat = await _app.Secretariat();
        var created = await secretariat.PostAsJsonAsync("/api/bodies", new { name = "Leaders' retreat", layer = "Leaders", format = "C5", decisionRule = (object?)null });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Consensus", body.GetProperty("decisionRule").GetProperty("rule").GetString());
        var edited = await secretariat.PatchAsJsonAsync($"/api/bodies/{body.GetProperty("id").GetGuid()}",
            new { name = "Leaders' retreat", layer = "Leaders", format = "C5", decisionRule = (object?)null });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Consensus", (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisionRule").GetProperty("rule").GetString());
    }

    public static TheoryData<string, string, string> BadMeetings => new()
    {
        { "delegations", """[null]""", "delegations[0]" },
        { "timeZone", "\"\"", "timeZone" },
        { "timeZone", "\"Central Asia Standard Time\"", "timeZone" },
        { "start", "\"0001-01-01T00:00:00+00:00\"", "start" },
        { "start", "\"9999-12-31T20:00:00+00:00\"", "start" },
        { "start", "\"2030-03-04T10:00:00\"", "start" },
        { "start", "\"1989-12-31T10:00:00Z\"", "start" },
        { "start", "\"next tuesday\"", "start" },
        { "start", "42", "start" },
        { "hostParty", "\"\"", "hostParty" },
        { "venue", "null", "venue" },
        { "delegations", """[{"party":"KAZ","headName":"Head","headRank":"Minister","members":[null]}]""", "delegations[0].members[0]" },
        { "bodyId", "\"not-a-guid\"", "bodyId" },
        { "postponedTo", "\"2030-01-01T00:00:00Z\"", "postponedTo" },
    };

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task A_meeting_with_a_bad_field_is_400_naming_it_and_changes_nothing(string field, string json, string expected)
    {
        var secretariat = await _app.Secretariat();
        var body = await StandardBodies.IdOf(secretariat, "Working Group on Water and Energy");
        var request = JsonSerializer.SerializeToNode(Requests.Meeting(body, new DateTimeOffset(2030, 3, 4, 10, 0, 0, TimeSpan.FromHours(5))))!.AsObject();
        request[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
        var before = await CountAsync(secretariat);

        var response = await secretariat.PostAsync("/api/meetings", new StringContent(request.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        await InvalidAsync(response, expected);
        Assert.Equal(before, await CountAsync(secretariat));
    }

    [Fact]
    public async Task An_unknown_field_is_refused_and_the_meeting_is_not_changed()
    {
        var secretariat = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2030, 5, 6, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var response = await secretariat.PostAsJsonAsync($"/api/meetings/{id}/reschedule",
            new { start = "2030-05-07T10:00:00+05:00", end = "2030-05-07T12:00:00+05:00", capacity = 300 });
        var problem = await InvalidAsync(response, "capacity");
        Assert.Contains("Unknown field", problem.GetProperty("errors").GetProperty("capacity")[0].GetString());
        var meeting = await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}");
        Assert.Equal(new DateTimeOffset(2030, 5, 6, 5, 0, 0, TimeSpan.Zero), meeting.GetProperty("startUtc").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_delegation_not_at_a_meeting_gets_the_same_404_for_it_as_for_a_random_id()
    {
        var secretariat = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2030, 6, 3, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var outsider = await _app.Delegation("USA");
        foreach (var path in new[] { "", "/history", "/chair" })
        {
            var real = await ProblemAsync(await outsider.GetAsync($"/api/meetings/{id}{path}"), HttpStatusCode.NotFound);
            var random = await ProblemAsync(await outsider.GetAsync($"/api/meetings/{Guid.NewGuid()}{path}"), HttpStatusCode.NotFound);
            Assert.Equal(random.GetProperty("code").GetString(), real.GetProperty("code").GetString());
        }

        var proposeReal = await ProblemAsync(await outsider.PostAsJsonAsync("/api/agenda-items",
            new { meetingId = id, kind = "Decision", title = "Probe", text = "Probe", targetLayer = "WorkingGroup" }), HttpStatusCode.NotFound);
        var proposeRandom = await ProblemAsync(await outsider.PostAsJsonAsync("/api/agenda-items",
            new { meetingId = Guid.NewGuid(), kind = "Decision", title = "Probe", text = "Probe", targetLayer = "WorkingGroup" }), HttpStatusCode.NotFound);
        Assert.Equal(proposeRandom.GetProperty("code").GetString(), proposeReal.GetProperty("code").GetString());
    }

    private static async Task<int> CountAsync(HttpClient secretariat) =>
        (await secretariat.GetFromJsonAsync<JsonElement>("/api/meetings?pageSize=200")).GetProperty("total").GetInt32();
}
