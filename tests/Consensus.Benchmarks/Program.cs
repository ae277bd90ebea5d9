using SummitCoordination.TestTools;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// Throughput of recording positions end to end on the embedded host (HTTP → SQLite → outbox → bus; the reply carries the
// item's new state and its ETag, checked here, so nothing is read back),
// against a bare ASP.NET endpoint that writes one row to SQLite, in the same run on the same machine.
//   dotnet run -c Release --project tests/Consensus.Benchmarks [-- seconds]
var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var workers = args.Length > 1 ? int.Parse(args[1]) : 6;
var root = EmbeddedHostProcess.FindRepository();
var work = Directory.CreateTempSubdirectory("summit-bench-").FullName;
string[] parties = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "EU"];
string[] positions = ["Concur", "Abstain", "Object", "Reserve"];

var bare = await Bare.StartAsync(Path.Combine(work, "bare.db"), "http://127.0.0.1:5491");
var bareRate = await MeasureAsync(workers, seconds, async (worker, n) =>
{
    var response = await Bare.Client.PostAsJsonAsync("/rows", new { party = parties[worker], position = positions[n % 4] });
    response.EnsureSuccessStatusCode();
});
await bare.StopAsync();

using var host = EmbeddedHostProcess.Start(root, work, "http://127.0.0.1:5492");
var api = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5492") };
await EmbeddedHostProcess.WaitReadyAsync(api);
var clients = new HttpClient[parties.Length];
for (var i = 0; i < parties.Length; i++)
{
    clients[i] = await ClientAsync("Delegation", parties[i]);
}

var secretariat = await ClientAsync("Secretariat", null);
var itemId = await OpenItemAsync(secretariat);
var summitRate = await MeasureAsync(workers, seconds, async (worker, n) =>
{
    var party = parties[worker];
    var position = positions[n % 4];
    // The reply is the item as it now stands, with its ETag: nothing is read back.
    var response = (await clients[worker].PutAsJsonAsync($"/api/agenda-items/{itemId}/positions/{party}", new { position })).EnsureSuccessStatusCode();
    var item = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!item.GetProperty("positions").EnumerateArray().Any(p => p.GetProperty("party").GetString() == party && p.GetProperty("position").GetString() == position))
    {
        throw new InvalidOperationException("The reply does not show the position recorded.");
    }

    if (response.Headers.ETag?.Tag != $"\"{item.GetProperty("version").GetInt64()}\"")
    {
        throw new InvalidOperationException($"The reply's ETag {response.Headers.ETag} is not the item's version {item.GetProperty("version")}.");
    }
});
var published = await CountPublishedAsync(Path.Combine(work, "data", "consensus.db"));
host.Kill(entireProcessTree: true);

Console.WriteLine($"""

    | What ({workers} concurrent clients, {seconds} s each, same machine) | Operations/s |
    | --- | ---: |
    | Bare ASP.NET endpoint, one SQLite row per request | {bareRate:F0} |
    | Record a position end to end (PUT, SQLite, outbox, bus), the reply checked (state and ETag) | {summitRate:F0} |
    | Ratio | {summitRate / bareRate:P1} |

    PositionRecorded events published through the outbox during the run: {published}.
    """);
Directory.Delete(work, recursive: true);

async Task<double> MeasureAsync(int workers, int duration, Func<int, int, Task> operation)
{
    // A short warm-up, then each worker runs back to back until the time is up.
    await Task.WhenAll(Enumerable.Range(0, workers).Select(w => operation(w, 0)));
    var stop = Stopwatch.StartNew();
    var counts = new int[workers];
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        while (stop.Elapsed < TimeSpan.FromSeconds(duration))
        {
            await operation(w, counts[w] + 1);
            counts[w]++;
        }
    }));
    return counts.Sum() / stop.Elapsed.TotalSeconds;
}

async Task<HttpClient> ClientAsync(string role, string? party)
{
    var token = await (await api.PostAsJsonAsync("/dev/tokens", new { role, party })).Content.ReadFromJsonAsync<JsonElement>();
    var client = new HttpClient { BaseAddress = api.BaseAddress };
    client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
    return client;
}

async Task<Guid> OpenItemAsync(HttpClient client)
{
    var bodies = await client.GetFromJsonAsync<JsonElement>("/api/bodies");
    var body = bodies.EnumerateArray().Single(b => b.GetProperty("name").GetString() == "C5+EU Summit").GetProperty("id").GetGuid();
    var start = new DateTimeOffset(2040, 6, 4, 10, 0, 0, TimeSpan.FromHours(5));
    var meeting = await (await client.PostAsJsonAsync("/api/meetings", new
    {
        bodyId = body, start, end = start.AddHours(3), timeZone = "Asia/Almaty", hostParty = "KAZ", city = "Astana", venue = "Bench Hall",
        delegations = parties.Select(p => new { party = p, headName = $"Head {p}", headRank = "Head of State" }),
    })).Content.ReadFromJsonAsync<JsonElement>();
    var meetingId = meeting.GetProperty("id").GetGuid();
    while (!(await client.GetAsync($"/api/meetings/{meetingId}/agenda")).IsSuccessStatusCode)
    {
        await Task.Delay(50);
    }

    var item = await (await client.PostAsJsonAsync("/api/agenda-items", new { meetingId, kind = "Decision", title = "Benchmark item", targetLayer = "Leaders" }))
        .Content.ReadFromJsonAsync<JsonElement>();
    (await client.PostAsJsonAsync($"/api/meetings/{meetingId}/convene", new { reason = "benchmark" })).EnsureSuccessStatusCode();
    var id = item.GetProperty("id").GetGuid();
    while ((await client.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{id}")).GetProperty("status").GetString() != "UnderConsideration")
    {
        await Task.Delay(50);
    }

    return id;
}

static async Task<long> CountPublishedAsync(string database)
{
    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE MessageType LIKE '%PositionRecorded' AND SentUtc IS NOT NULL";
    return (long)(await command.ExecuteScalarAsync())!;
}
