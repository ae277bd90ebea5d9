using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestTools;

/// <summary>
/// The whole flow of one meeting as one client runs it over HTTP, for the soak and the flow benchmark: schedule a
/// meeting of the Working Group on Water and Energy with the five Central Asian delegations, announce it, wait until
/// Consensus and Statements have learnt of it, propose an item, draft a statement, convene, wait until the item is
/// under consideration, five positions, the decision, read the statement, conclude, then three public reads. Every
/// path is one the gateway routes, so it runs on the embedded host and through the gateway alike.
/// </summary>
internal sealed class SummitFlow(Api secretariat, IReadOnlyDictionary<string, Api> members, Api anonymous, Guid body, string label)
{
    public static readonly string[] Parties = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>The waits for another service to learn of an event, in the order the flow makes them.</summary>
    public static readonly string[] Waits = ["Consensus knows the meeting", "Statements knows the meeting", "Consensus knows it convened"];

    /// <summary>Told, after each wait of <see cref="Waits"/>, how long it took and how many reads it made.</summary>
    public Action<string, TimeSpan, int>? Waited { get; set; }

    /// <summary>The body whose meetings the flow schedules.</summary>
    public static async Task<Guid> BodyAsync(HttpClient http)
    {
        var admin = await TokenAsync(http, "Secretariat");
        return (await admin.Get<JsonElement>("/api/bodies")).EnumerateArray()
            .Single(b => b.GetProperty("name").GetString() == "Working Group on Water and Energy").GetProperty("id").GetGuid();
    }

    /// <summary>One client: the secretariat and the five delegations signed in (six development tokens), and an anonymous reader.</summary>
    /// <param name="label">What the titles say (<c>Soak</c>: "Soak meeting 12").</param>
    public static async Task<SummitFlow> SignInAsync(HttpClient http, Guid body, string label)
    {
        var secretariat = await TokenAsync(http, "Secretariat");
        var members = new Dictionary<string, Api>();
        foreach (var party in Parties)
        {
            members[party] = await TokenAsync(http, "Delegation", party);
        }

        return new SummitFlow(secretariat, members, new Api(http, null), body, label);
    }

    /// <summary>Runs flow <paramref name="n"/>: its meeting falls <paramref name="n"/> days after 1 January 2036, so no two collide.</summary>
    public async Task RunAsync(int n)
    {
        var start = new DateTimeOffset(2036, 1, 1, 10, 0, 0, TimeSpan.FromHours(5)).AddDays(n);
        var meeting = (await secretariat.Post<JsonElement>("/api/meetings", new
        {
            bodyId = body, title = $"{label} meeting {n}", start, end = start.AddHours(3), timeZone = "Asia/Almaty", hostParty = "KAZ", city = "Astana", venue = $"Hall {n}",
            delegations = members.Keys.Select(p => new { party = p, headName = $"Head of {p} {n}", headRank = "Minister", members = Array.Empty<string>() }),
            observers = new[] { "AFG" }, @override = new { reason = $"{label} run at any date" },
        })).GetProperty("id").GetGuid();
        await secretariat.Post<JsonElement>($"/api/meetings/{meeting}/announce", null);
        await UntilAsync(Waits[0], () => secretariat.Status($"/api/meetings/{meeting}/agenda"));
        await UntilAsync(Waits[1], () => secretariat.Status($"/api/meetings/{meeting}/statements"));
        var item = (await members["KAZ"].Post<JsonElement>("/api/agenda-items",
            new { meetingId = meeting, kind = "Decision", title = $"{label} item {n}", text = $"{label} text", targetLayer = "WorkingGroup" })).GetProperty("id").GetGuid();
        var statement = (await secretariat.Post<JsonElement>("/api/statements",
            new { meetingId = meeting, kind = "JointStatement", title = $"{label} statement {n}", english = $"The parties agree on item {n}." })).GetProperty("id").GetGuid();
        await secretariat.Post<JsonElement>($"/api/meetings/{meeting}/convene", new { reason = label.ToLowerInvariant() });
        await UntilAsync(Waits[2], async () => (await secretariat.Get<JsonElement>($"/api/agenda-items/{item}")).GetProperty("status").GetString() == "UnderConsideration");
        foreach (var (party, api) in members)
        {
            await api.Put($"/api/agenda-items/{item}/positions/{party}", new { position = "Concur", note = $"note {n}" });
        }

        await secretariat.Post<JsonElement>($"/api/agenda-items/{item}/decision", null);
        await secretariat.Get<JsonElement>($"/api/statements/{statement}");
        await secretariat.Post<JsonElement>($"/api/meetings/{meeting}/conclude", null);
        await anonymous.Get<JsonElement>($"/public/statements?q={Uri.EscapeDataString(label.ToLowerInvariant())}");
        await anonymous.Text("/public/calendar.ics");
        await anonymous.Text("/public/feed.atom");
    }

    /// <summary>Polls every 100 ms until <paramref name="done"/>; fails after 30 s.</summary>
    private async Task UntilAsync(string wait, Func<Task<bool>> done)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 1; i <= 300; i++)
        {
            if (await done())
            {
                Waited?.Invoke(wait, System.Diagnostics.Stopwatch.GetElapsedTime(started), i);
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{wait}: not within 30 s");
    }

    private static async Task<Api> TokenAsync(HttpClient http, string role, string? party = null)
    {
        var response = await http.PostAsJsonAsync("/dev/tokens", new { role, party });
        response.EnsureSuccessStatusCode();
        return new Api(http, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
    }
}

/// <summary>One caller's requests: its bearer token (none for an anonymous reader) on a shared <see cref="HttpClient"/>.</summary>
internal sealed class Api(HttpClient http, string? token)
{
    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var response = await http.SendAsync(Request(method, path, body));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    public async Task<T> Get<T>(string path) => (await (await SendAsync(HttpMethod.Get, path, null)).Content.ReadFromJsonAsync<T>())!;

    public async Task<string> Text(string path) => await (await SendAsync(HttpMethod.Get, path, null)).Content.ReadAsStringAsync();

    public async Task<bool> Status(string path)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Get, path, null));
        return response.IsSuccessStatusCode;
    }

    public async Task<T> Post<T>(string path, object? body)
    {
        var response = await SendAsync(HttpMethod.Post, path, body);
        return response.Content.Headers.ContentLength == 0 ? default! : (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task Put(string path, object body) => await SendAsync(HttpMethod.Put, path, body);
}
