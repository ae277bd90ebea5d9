using SummitCoordination.TestTools;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

// Throughput of recording positions end to end on the embedded host (HTTP → SQLite → outbox → bus; the reply carries the
// item's new state and its ETag, checked here, so nothing is read back),
// against a bare ASP.NET endpoint that writes one row to SQLite, in the same run on the same machine.
// With "schedule": scheduling meetings end to end (POST /api/meetings: validation, the conflict check, the chair, the
// meeting and its MeetingScheduled in one save, its timers), the secretariat on N clients scheduling meetings that meet
// no conflict (each client its own working group and venue, each meeting a day of its own), the reply checked (201, the
// meeting, its ETag), against the same bare endpoint; "positions schedule" measures both in one run, each a ratio.
// With SUMMIT_BENCH_POSTGRES set (an Npgsql connection string without a database, as deploy/postgres/postgres.sh url
// prints it), the host's services and the bare endpoint write to fresh PostgreSQL databases of the run instead of SQLite
// files (dropped at the end).
//   dotnet run -c Release --project tests/Consensus.Benchmarks [-- seconds=10 clients=6 [positions] [schedule]]
var numbers = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
var seconds = numbers.Length > 0 ? numbers[0] : 10;
var workers = numbers.Length > 1 ? numbers[1] : 6;
var schedule = args.Contains("schedule");
var recordPositions = args.Contains("positions") || !schedule;
var root = EmbeddedHostProcess.FindRepository();
var work = Directory.CreateTempSubdirectory("summit-bench-").FullName;
string[] parties = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "EU"];
string[] positions = ["Concur", "Abstain", "Object", "Reserve"];

var bare = await Bare.StartAsync(Path.Combine(work, "bare.db"), "http://127.0.0.1:5491");
var bareRate = await MeasureAsync(workers, seconds, async (worker, n) =>
{
    var response = await Bare.Client.PostAsJsonAsync("/rows", new { party = parties[worker % parties.Length], position = positions[n % 4] });
    response.EnsureSuccessStatusCode();
});
await bare.StopAsync();

using var host = EmbeddedHostProcess.Start(root, work, "http://127.0.0.1:5492");
var api = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5492") };
await EmbeddedHostProcess.WaitReadyAsync(api);
var secretariat = await ClientAsync("Secretariat", null);
(double Positions, double Schedule) rate = (0, 0);
(long Positions, long Schedule) published = (0, 0);
try
{
    rate = (recordPositions ? await MeasurePositionsAsync() : 0, schedule ? await MeasureSchedulingAsync() : 0);
    published = (recordPositions ? await CountPublishedAsync("Consensus", "PositionRecorded") : 0,
        schedule ? await CountPublishedAsync("Scheduling", "MeetingScheduled") : 0);
}
finally
{
    // A failed run leaves neither the host nor its databases behind.
    host.Kill(entireProcessTree: true);
    await BenchDatabase.DropAsync();
}

var database = BenchDatabase.Name;
Console.WriteLine($"""

    | What ({workers} concurrent clients, {seconds} s each, same machine, {database}) | Operations/s |
    | --- | ---: |
    | Bare ASP.NET endpoint, one {database} row per request | {bareRate:F0} |
    """);
if (recordPositions)
{
    Console.WriteLine($"""
        | Record a position end to end (PUT, {database}, outbox, bus), the reply checked (state and ETag) | {rate.Positions:F0} |
        | Ratio | {rate.Positions / bareRate:P1} |
        """);
}

if (schedule)
{
    Console.WriteLine($"""
        | Schedule a meeting end to end (POST, conflict check, {database}, outbox, bus, timers), the reply checked (201, meeting, ETag) | {rate.Schedule:F0} |
        | Ratio, scheduling | {rate.Schedule / bareRate:P1} |
        """);
}

Console.WriteLine();
if (recordPositions)
{
    Console.WriteLine($"PositionRecorded events published through the outbox during the run: {published.Positions}.");
}

if (schedule)
{
    Console.WriteLine($"MeetingScheduled events published through the outbox during the run: {published.Schedule}.");
}

Directory.Delete(work, recursive: true);

async Task<double> MeasurePositionsAsync()
{
    var clients = new HttpClient[parties.Length];
    for (var i = 0; i < parties.Length; i++)
    {
        clients[i] = await ClientAsync("Delegation", parties[i]);
    }

    var itemId = await OpenItemAsync(secretariat, clients[0]);
    return await MeasureAsync(workers, seconds, async (worker, n) =>
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
}

// The secretariat schedules meetings that meet no conflict, hard or soft: each client its own working group (the six
// of the standard catalogue) and venue, every meeting on a day of its own from 2041 (after the seeded public holidays),
// 10:00 to 13:00 in Astana (inside the working day), the five members' delegations each under a head of its own.
async Task<double> MeasureSchedulingAsync()
{
    var groups = (await secretariat.GetFromJsonAsync<JsonElement>("/api/bodies")).EnumerateArray()
        .Where(b => b.GetProperty("name").GetString()!.StartsWith("Working Group on", StringComparison.Ordinal)).Select(b => b.GetProperty("id").GetGuid()).ToArray();
    var clients = new HttpClient[workers];
    for (var i = 0; i < workers; i++)
    {
        clients[i] = await ClientAsync("Secretariat", null);
    }

    var first = new DateTimeOffset(2041, 1, 1, 10, 0, 0, TimeSpan.FromHours(5));
    var day = 0;
    return await MeasureAsync(workers, seconds, async (worker, n) =>
    {
        var index = Interlocked.Increment(ref day);
        var start = first.AddDays(index);
        var venue = $"Bench Hall {worker}";
        var response = await clients[worker].PostAsJsonAsync("/api/meetings", new
        {
            bodyId = groups[worker % groups.Length], start, end = start.AddHours(3), timeZone = "Asia/Almaty", hostParty = "KAZ", city = "Astana", venue,
            delegations = parties[..5].Select(p => new { party = p, headName = $"Head of {p} {index}", headRank = "Minister" }),
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Scheduling answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var meeting = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = meeting.GetProperty("id").GetGuid();
        if (id == Guid.Empty || meeting.GetProperty("venue").GetString() != venue || meeting.GetProperty("startUtc").GetDateTime() != start.UtcDateTime
            || meeting.GetProperty("status").GetString() != "Planned" || meeting.GetProperty("delegations").GetArrayLength() != 5
            || response.Headers.Location?.OriginalString != $"/api/meetings/{id}")
        {
            throw new InvalidOperationException($"The reply is not the meeting scheduled: {meeting}");
        }

        // The tag names the meeting's version and its body's ("1.0").
        if (response.Headers.ETag?.Tag is not { } tag || !tag.StartsWith($"\"{meeting.GetProperty("version").GetInt64()}.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The reply's ETag {response.Headers.ETag} does not name the meeting's version {meeting.GetProperty("version")}.");
        }
    });
}

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

// The item is proposed by a delegation (Kazakhstan): on PostgreSQL the secretariat's proposal fails, its history entry
// naming the party "SECRETARIAT" in a column of 10 characters (SQLite does not enforce the length).
async Task<Guid> OpenItemAsync(HttpClient client, HttpClient proposer)
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

    var added = await proposer.PostAsJsonAsync("/api/agenda-items", new { meetingId, kind = "Decision", title = "Benchmark item", targetLayer = "Leaders" });
    if (!added.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Adding the item answered {(int)added.StatusCode}: {await added.Content.ReadAsStringAsync()}");
    }

    var item = await added.Content.ReadFromJsonAsync<JsonElement>();
    (await client.PostAsJsonAsync($"/api/meetings/{meetingId}/convene", new { reason = "benchmark" })).EnsureSuccessStatusCode();
    var id = item.GetProperty("id").GetGuid();
    while ((await client.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{id}")).GetProperty("status").GetString() != "UnderConsideration")
    {
        await Task.Delay(50);
    }

    return id;
}

async Task<long> CountPublishedAsync(string service, string message)
{
    await using var connection = BenchDatabase.Connect(service, Path.Combine(work, "data", $"{service.ToLowerInvariant()}.db"));
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = $"""SELECT COUNT(*) FROM "OutboxMessages" WHERE "MessageType" LIKE '%{message}' AND "SentUtc" IS NOT NULL""";
    return Convert.ToInt64(await command.ExecuteScalarAsync());
}
