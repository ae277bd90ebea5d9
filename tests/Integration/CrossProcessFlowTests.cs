using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>What only a real broker shows: events crossing processes, and an outage that loses nothing.</summary>
[Collection(CrossProcess.Name)]
public sealed class CrossProcessFlowTests(DistributedSystem system) : IClassFixture<DistributedSystem>
{
    private static readonly DateTimeOffset Tashkent = new(2027, 6, 1, 9, 0, 0, TimeSpan.FromHours(5));

    private static async Task<Guid> ScheduleAsync(HttpClient client, string body, DateTimeOffset start)
    {
        var bodyId = await StandardBodies.IdOf(client, body);
        var response = await client.PostAsJsonAsync("/api/meetings",
            Requests.Meeting(bodyId, start, timeZone: "Asia/Tashkent", host: "UZB", city: "Tashkent", venue: "Congress Hall"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_meeting_scheduled_through_the_gateway_reaches_Consensus_and_Statements_in_their_own_processes()
    {
        var client = await system.Secretariat();
        var id = await ScheduleAsync(client, "Council of Foreign Ministers", Tashkent);

        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Consensus to hear of the meeting");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/statements")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Statements to hear of the meeting");
        var agenda = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/agenda");
        Assert.Equal("Ministers", agenda.GetProperty("layer").GetString());
    }

    [Fact]
    public async Task The_gateway_serves_one_reference_covering_all_three_services_and_sends_no_Server_header()
    {
        var document = await system.Gateway.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/meetings", "/api/bodies", "/api/agenda-items", "/api/agenda-items/{id}/positions/{party}", "/api/statements", "/public/statements/{slug}", "/public/feed.atom" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} in the gateway's document");
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        var page = await system.Gateway.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.False(page.Headers.Contains("Server"));
        Assert.False((await system.Gateway.GetAsync("/public/calendar.ics")).Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_meeting_accepted_while_the_broker_is_down_is_delivered_once_it_is_back_and_applied_once()
    {
        var client = await system.Secretariat();
        await system.Broker("stop_app");
        Guid id;
        try
        {
            id = await ScheduleAsync(client, "National Coordinators", Tashkent.AddDays(-3));
            // Readiness tells the truth: a service that cannot reach its broker is not ready (503), naming the bus check.
            using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{system.BasePort + 1}") };
            var notReady = await Eventually.Until(() => probe.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(60), "readiness to fall to 503 with the broker down");
            Assert.Contains("\"broker\"", await notReady.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode);
        }
        finally
        {
            await system.Broker("start_app");
        }

        using (var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{system.BasePort + 1}") })
        {
            await Eventually.Until(() => probe.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(120), "readiness back to 200 with the broker");
        }

        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120), "delivery after the broker came back");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/statements")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Statements after the broker came back");

        var (attempts, sent) = await OutboxRowOf(id);
        Assert.True(sent, "the outbox row is marked sent");
        Assert.True(attempts >= 1);
        Assert.Equal(1, await Count(Path.Combine(system.RunDirectory, "data", "consensus.db"), $"SELECT COUNT(*) FROM Meetings WHERE Id = '{id.ToString().ToUpperInvariant()}'"));
    }

    private async Task<(int Attempts, bool Sent)> OutboxRowOf(Guid meetingId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(system.RunDirectory, "data", "scheduling.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Attempts, SentUtc FROM OutboxMessages WHERE MessageType LIKE '%MeetingScheduled' AND Payload LIKE $id";
        command.Parameters.AddWithValue("$id", $"%{meetingId}%");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the event is in Scheduling's outbox");
        return (reader.GetInt32(0), !reader.IsDBNull(1));
    }

    private static async Task<long> Count(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_item_climbs_from_a_working_group_to_the_Leaders_across_processes_on_RabbitMQ()
    {
        var climb = await Scenarios.ClimbAsync(system.Summit, 2038);

        Assert.Equal("Adopted", climb.Final.GetProperty("item").GetProperty("status").GetString());
        var history = await (await system.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{climb.Item}/history");
        Assert.Equal(3, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Escalated"));
    }

    [Fact]
    public async Task A_guest_admitted_by_decision_becomes_a_decider_in_Scheduling_and_Consensus_across_processes_on_RabbitMQ() =>
        RecordAssertions.Admitted(await RecordScenarios.AdmissionAsync(system.Summit, 2097));

    [Fact]
    public async Task A_treaty_is_signed_ratified_and_enters_into_force_across_processes_and_the_events_cross_the_broker()
    {
        RecordAssertions.InForce(await RecordScenarios.TreatyAsync(system.Summit, 2022), 2022);
    }

    [Fact]
    public async Task A_summit_week_of_statements_runs_across_processes_and_an_observer_reads_the_results_through_the_gateway()
    {
        var result = await StatementScenario.RunAsync(system.Summit, 2039, commitmentDueIn: TimeSpan.FromSeconds(5));
        var observer = await system.Summit.Observer();

        Assert.Equal("2039-dushanbe-joint-statement", result.Slug);
        var statement = await Eventually.Until(() => observer.GetFromJsonAsync<JsonElement>($"/public/statements/{result.Slug}"),
            s => s.GetProperty("commitments").EnumerateArray().Any(c => c.GetProperty("status").GetString() == "Overdue"), TimeSpan.FromSeconds(60),
            "the commitment overdue in public");
        Assert.Equal(StatementScenario.EnglishV2, statement.GetProperty("texts").GetProperty("en").GetProperty("markdown").GetString());
        Assert.Equal(StatementScenario.LeadersSignatories, statement.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        // The web app, its own process behind the gateway, renders the page from the services' APIs.
        var page = await observer.GetAsync($"/public/statements/{result.Slug}.html");
        Assert.Equal($"/statements/{result.Slug}", page.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Adopted by consensus", html);
        Assert.Contains("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan", html);
        Assert.Contains("Dushanbe Joint Statement of the Heads of State of Central Asia", await observer.GetStringAsync($"/statements?year=2039"));

        var feed = System.Xml.Linq.XDocument.Parse(await observer.GetStringAsync("/public/feed.atom"));
        var links = feed.Descendants(System.Xml.Linq.XName.Get("link", "http://www.w3.org/2005/Atom")).Select(l => (string?)l.Attribute("href") ?? "").ToList();
        Assert.Contains(links, l => l.EndsWith($"/statements/{result.Slug}"));
        Assert.Contains(links, l => l.EndsWith($"/statements/{result.ChairmansSlug}"));

        var chairmans = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{result.ChairmansSlug}");
        Assert.False(chairmans.GetProperty("consensus").GetBoolean());
        Assert.Equal([result.Chair], chairmans.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        var kaz = await observer.GetFromJsonAsync<JsonElement>("/public/commitments?party=KAZ");
        Assert.Equal(1, kaz.GetProperty("overdue").GetInt32());

        // What observers must not reach, tried through the gateway.
        Assert.Equal(HttpStatusCode.Unauthorized, (await observer.GetAsync($"/api/statements/{result.JointStatement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync("/public/statements/2039-dushanbe-c5-usa-joint-statement")).StatusCode);
        var search = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={StatementScenario.DraftOnlyWord}");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Concur", await observer.GetStringAsync($"/public/statements/{result.Slug}"));
    }
}
