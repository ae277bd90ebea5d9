using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class MeetingTests : IClassFixture<SummitAppFixture>
{
    private const string Leaders = "Consultative Meeting of the Heads of State of Central Asia";
    private static readonly DateTimeOffset AstanaMorning = new(2027, 8, 9, 10, 0, 0, TimeSpan.FromHours(5));
    private readonly SummitApp _app;

    public MeetingTests(SummitAppFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Creating_a_meeting_without_a_token_is_401_problem_details()
    {
        var secretariat = await _app.Secretariat();
        var body = await StandardBodies.IdOf(secretariat, Leaders);

        var response = await _app.CreateClient().PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Creating_a_meeting_as_a_delegation_is_403()
    {
        var secretariat = await _app.Secretariat();
        var body = await StandardBodies.IdOf(secretariat, Leaders);
        var delegation = await _app.Delegation("KAZ");

        var response = await delegation.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("end", "2027-08-09T04:00:00Z", "end")]
    [InlineData("timeZone", "Asia/Astana", "timeZone")]
    [InlineData("timeZone", "Mars/Olympus_Mons", "timeZone")]
    [InlineData("hostParty", "XXX", "hostParty")]
    [InlineData("bodyId", "6f0c1f4e-0000-0000-0000-000000000000", "bodyId")]
    [InlineData("venue", "", "venue")]
    public async Task Invalid_meeting_is_400_with_the_field_named_and_changes_nothing(string field, string value, string expectedField)
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, Leaders);
        var request = Requests.Meeting(body, AstanaMorning);
        request[field] = value;
        var before = await CountMeetingsAsync();

        var response = await client.PostAsJsonAsync("/api/meetings", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(expectedField, out _), problem.ToString());
        Assert.Equal(before, await CountMeetingsAsync());
    }

    [Fact]
    public async Task A_C5_plus_X_meeting_without_the_partner_delegation_is_400()
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, "C5+JPN Summit");

        var response = await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("partner", problem.GetProperty("errors").GetProperty("delegations")[0].GetString());
    }

    [Fact]
    public async Task A_malformed_body_is_400_problem_details()
    {
        var client = await _app.Secretariat();
        var response = await client.PostAsync("/api/meetings", new StringContent("{\"start\": \"not a date\"", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_meeting_reads_back_in_UTC_and_in_the_venue_local_time()
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, Leaders);

        var created = await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meeting = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);

        Assert.Equal("Planned", meeting.GetProperty("status").GetString());
        Assert.Equal(new DateTime(2027, 8, 9, 5, 0, 0, DateTimeKind.Utc), meeting.GetProperty("startUtc").GetDateTime().ToUniversalTime());
        var local = meeting.GetProperty("startLocal").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(5), local.Offset);
        Assert.Equal(10, local.Hour);
        Assert.Equal("Asia/Almaty", meeting.GetProperty("timeZone").GetString());
        Assert.Equal(5, meeting.GetProperty("delegations").GetArrayLength());
    }

    [Fact]
    public async Task Astana_keeps_its_old_UTC_plus_6_offset_for_instants_before_March_2024()
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, "Council of Foreign Ministers");
        var before = new DateTimeOffset(2023, 3, 3, 4, 0, 0, TimeSpan.Zero);

        // The past is recorded as held, not scheduled.
        var created = await client.PostAsJsonAsync("/api/meetings/held", Requests.Meeting(body, before));
        var meeting = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);

        Assert.Equal(TimeSpan.FromHours(6), meeting.GetProperty("startLocal").GetDateTimeOffset().Offset);
    }

    [Fact]
    public async Task A_delegation_sees_a_meeting_it_sits_in_but_not_one_it_does_not()
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, "C5+KOR Summit");
        var created = await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning, partner: "KOR"));

        var korea = await _app.Delegation("KOR");
        var china = await _app.Delegation("CHN");

        Assert.Equal(HttpStatusCode.OK, (await korea.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await china.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Creating_a_meeting_publishes_MeetingScheduled_which_Consensus_and_Statements_each_consume()
    {
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, "National Coordinators");

        var created = await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, AstanaMorning.AddDays(-2)));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // The outbox publishes after commit, on its own schedule: wait on the condition, not on the harness's inactivity.
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingScheduled>().Any(m => m.Context.Message.MeetingId == id)), what: "MeetingScheduled");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/agenda")).IsSuccessStatusCode, what: "Consensus's copy");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/statements")).IsSuccessStatusCode, what: "Statements's copy");
        var agenda = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/agenda");
        Assert.Equal("SeniorOfficials", agenda.GetProperty("layer").GetString());
    }

    private async Task<int> CountMeetingsAsync()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.SchedulingDbContext>();
        return db.Meetings.Count();
    }
}
