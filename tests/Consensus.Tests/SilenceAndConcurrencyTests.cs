using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

[Trait("Category", "Timers")]
public sealed class SilenceAndConcurrencyTests : IDisposable
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static Summit Drive(SummitApp app) => new((role, party) => app.ClientAs(role, party));

    private static async Task<Guid> OpenItemAsync(Summit summit, string body, DateTimeOffset start, string? partner = null)
    {
        var meeting = await summit.MeetingAsync(body, start, partner);
        var item = await summit.ProposeAsync("KAZ", meeting, "Common approach to carbon markets", body.Contains("Summit") ? "Leaders" : "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        return item;
    }

    private static async Task<HttpResponseMessage> StartSilenceAsync(Summit summit, Guid item, DateTimeOffset deadline) =>
        await (await summit.Secretariat()).PostAsJsonAsync($"/api/agenda-items/{item}/silence", new { deadline });

    [Fact]
    public async Task Silence_held_to_the_deadline_is_adopted_even_after_the_service_was_stopped_and_started()
    {
        Guid item;
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            await first.PauseTimersAsync();
            var summit = Drive(first);
            item = await OpenItemAsync(summit, "Council of Foreign Ministers", new DateTimeOffset(2037, 3, 2, 10, 0, 0, TimeSpan.FromHours(5)));
            await summit.PositionAsync(item, "KGZ", "Concur");
            Assert.Equal(HttpStatusCode.OK, (await StartSilenceAsync(summit, item, DateTimeOffset.UtcNow.AddSeconds(6))).StatusCode);
            Assert.Equal("UnderConsideration", (await summit.ItemAsync(item)).GetProperty("status").GetString());
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        var adopted = await Drive(second).WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Adopted", "adoption at the silence deadline after a restart");
        Assert.Equal(JsonValueKind.Null, adopted.GetProperty("silenceDeadlineUtc").ValueKind);
    }

    [Fact]
    public async Task A_silence_procedure_started_on_an_item_deferred_below_quorum_runs_past_the_close_and_a_restart_to_adoption()
    {
        Guid item;
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            await first.PauseTimersAsync();
            var summit = Drive(first);
            // Turkmenistan sends no delegation: four of five present, below the default quorum.
            var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2037, 8, 3, 10, 0, 0, TimeSpan.FromHours(5)),
                edit: r => r["delegations"] = new[] { "KAZ", "KGZ", "TJK", "UZB" }.Select(p => Requests.Delegation(p)).ToList());
            item = await summit.ProposeAsync("KAZ", meeting, "Joint water monitoring network", "Ministers");
            await summit.ConveneAsync(meeting);
            await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
            await summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "UZB");
            var deferred = await summit.DecideAsync(item);
            Assert.Equal("below-quorum", deferred.GetProperty("outcome").GetProperty("code").GetString());
            Assert.Equal("Deferred", (await summit.ItemAsync(item)).GetProperty("status").GetString());

            Assert.Equal(HttpStatusCode.OK, (await StartSilenceAsync(summit, item, DateTimeOffset.UtcNow.AddSeconds(8))).StatusCode);
            Assert.Equal("UnderConsideration", (await summit.ItemAsync(item)).GetProperty("status").GetString());

            // The meeting closes before the deadline: the item stays with it, under the procedure.
            (await (await summit.Secretariat()).PostAsync($"/api/meetings/{meeting}/conclude", null)).EnsureSuccessStatusCode();
            await Eventually.Until(async () => (await (await summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda"))
                .GetProperty("status").GetString() == "Concluded", TimeSpan.FromSeconds(60), "Consensus to see the meeting concluded");
            var open = await summit.ItemAsync(item);
            Assert.Equal("UnderConsideration", open.GetProperty("status").GetString());
            Assert.Equal(meeting, open.GetProperty("meetingId").GetGuid());
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        var adopted = await Drive(second).WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Adopted",
            "adoption by silence at the deadline, after the close and a restart, with Turkmenistan absent");
        Assert.Equal(JsonValueKind.Null, adopted.GetProperty("silenceDeadlineUtc").ValueKind);
    }

    [Theory]
    [InlineData("Object")]
    [InlineData("Reserve")]
    public async Task Breaking_silence_ends_the_procedure_at_once(string breaking)
    {
        using var app = new SummitApp(harness: true, dataDirectory: _data.Path);
        var summit = Drive(app);
        var item = await OpenItemAsync(summit, "Council of Foreign Ministers", new DateTimeOffset(2037, 4, 6, 10, 0, 0, TimeSpan.FromHours(5)));
        await StartSilenceAsync(summit, item, DateTimeOffset.UtcNow.AddHours(1));

        var response = await summit.PositionAsync(item, "TJK", breaking);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await summit.ItemAsync(item);
        Assert.Equal("Blocked", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("silenceDeadlineUtc").ValueKind);
    }

    [Fact]
    public async Task A_silence_deadline_in_the_past_is_refused()
    {
        using var app = new SummitApp(harness: true, dataDirectory: _data.Path);
        var summit = Drive(app);
        var item = await OpenItemAsync(summit, "Council of Foreign Ministers", new DateTimeOffset(2037, 5, 4, 10, 0, 0, TimeSpan.FromHours(5)));
        Assert.Equal(HttpStatusCode.BadRequest, (await StartSilenceAsync(summit, item, DateTimeOffset.UtcNow.AddMinutes(-1))).StatusCode);
    }

    [Fact]
    public async Task Six_parties_answering_at_the_same_moment_lose_no_position_over_many_rounds()
    {
        using var app = new SummitApp(harness: true, dataDirectory: _data.Path);
        var summit = Drive(app);
        var item = await OpenItemAsync(summit, "C5+EU Summit", new DateTimeOffset(2037, 6, 1, 10, 0, 0, TimeSpan.FromHours(5)), partner: "EU");
        string[] six = [.. Five, "EU"];
        var clients = new Dictionary<string, HttpClient>();
        foreach (var party in six)
        {
            clients[party] = await summit.Delegation(party);
        }

        string[] positions = ["Concur", "Abstain", "Object", "Reserve"];
        for (var round = 0; round < 25; round++)
        {
            var wanted = six.Select((party, i) => (party, position: positions[(round + i) % positions.Length])).ToList();
            var responses = await Task.WhenAll(wanted.Select(w =>
                clients[w.party].PutAsJsonAsync($"/api/agenda-items/{item}/positions/{w.party}", new { w.position, note = $"round {round}" })));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

            var held = (await summit.ItemAsync(item)).GetProperty("positions").EnumerateArray()
                .ToDictionary(p => p.GetProperty("party").GetString()!, p => p.GetProperty("position").GetString());
            Assert.Equal(wanted.ToDictionary(w => w.party, w => (string?)w.position), held);
        }

        var history = await (await summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        Assert.Equal(25 * 6, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Position"));
    }

    [Fact]
    public async Task A_silence_procedure_whose_job_was_lost_in_a_crash_still_ends_at_its_deadline()
    {
        Guid item;
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            await first.PauseTimersAsync();
            var summit = Drive(first);
            item = await OpenItemAsync(summit, "Council of Foreign Ministers", new DateTimeOffset(2037, 7, 5, 10, 0, 0, TimeSpan.FromHours(5)));
            await StartSilenceAsync(summit, item, DateTimeOffset.UtcNow.AddSeconds(6));
            // The crash between recording the procedure and scheduling its deadline, simulated by removing the job.
            await first.Services.GetRequiredKeyedService<SummitCoordination.BuildingBlocks.Deadlines.IDeadlines>("Consensus")
                .ClearAsync(Items.SilenceDeadlineJob.Key(item), CancellationToken.None);
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        await Drive(second).WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Adopted", "adoption after the job was restored");
    }
}
