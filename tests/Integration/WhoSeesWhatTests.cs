using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 9, section 7: DOMAIN.md's "Who sees what" as a table: role × resource × verb → the answer, over one meeting
/// with the five members, Afghanistan as an invited observer, the United States not invited, and an anonymous caller.
/// </summary>
public sealed class WhoSeesWhatTests : IClassFixture<WhoSeesWhatTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public SummitApp App { get; } = new();

        public Guid Meeting { get; private set; }
        public Guid Unannounced { get; private set; }
        public Guid Item { get; private set; }
        public Guid Draft { get; private set; }
        public string Chair { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var summit = new Summit(App.ClientAs);
            var secretariat = await App.Secretariat();
            Meeting = await summit.MeetingAsync("Working Group on Water and Energy", new DateTimeOffset(2032, 4, 5, 10, 0, 0, TimeSpan.FromHours(5)),
                edit: r => { r["observers"] = new[] { "AFG" }; r["title"] = "Matrix meeting announced"; });
            (await secretariat.PostAsync($"/api/meetings/{Meeting}/announce", null)).EnsureSuccessStatusCode();
            Unannounced = await summit.MeetingAsync("Working Group on Water and Energy", new DateTimeOffset(2032, 6, 7, 10, 0, 0, TimeSpan.FromHours(5)),
                edit: r => r["title"] = "Matrix meeting unannounced");
            Item = await summit.ProposeAsync("KAZ", Meeting, "Matrix item", "WorkingGroup");
            await summit.ConveneAsync(Meeting);
            await summit.WaitItemAsync(Item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
            (await summit.PositionAsync(Item, "KAZ", "Concur", "kaz-confidential-note")).EnsureSuccessStatusCode();
            (await summit.PositionAsync(Item, "UZB", "Abstain", "uzb-confidential-note")).EnsureSuccessStatusCode();
            Draft = (await StatementsApi.DraftAsync(secretariat, Meeting, "JointStatement", "Matrix draft", "draft-only-wording", null)).GetProperty("id").GetGuid();
            Chair = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{Meeting}/chair")).GetProperty("chair").GetString()!;
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }

        public Task<HttpClient> As(string role) => role switch
        {
            "Secretariat" => App.Secretariat(),
            "Anonymous" => Task.FromResult(App.CreateClient()),
            _ => App.Delegation(role),
        };
    }

    private readonly World _world;

    public WhoSeesWhatTests(World world) => _world = world;

    // Roles: the secretariat, KAZ and UZB (delegations at the meeting), AFG (invited observer), USA (not invited), anonymous.
    public static TheoryData<string, string, string, int> Cells => new()
    {
        // The meeting and its history.
        { "Secretariat", "GET", "/api/meetings/{meeting}", 200 }, { "KAZ", "GET", "/api/meetings/{meeting}", 200 },
        { "AFG", "GET", "/api/meetings/{meeting}", 200 }, { "USA", "GET", "/api/meetings/{meeting}", 404 }, { "Anonymous", "GET", "/api/meetings/{meeting}", 401 },
        { "KAZ", "GET", "/api/meetings/{meeting}/history", 200 }, { "USA", "GET", "/api/meetings/{meeting}/history", 404 },
        { "USA", "GET", "/api/meetings/{meeting}/calendar.ics", 404 }, { "AFG", "GET", "/api/meetings/{meeting}/calendar.ics", 200 },
        // Changing a meeting is the secretariat's.
        { "KAZ", "POST", "/api/meetings/{meeting}/cancel", 403 }, { "AFG", "POST", "/api/meetings/{meeting}/cancel", 403 },
        { "Anonymous", "POST", "/api/meetings/{meeting}/cancel", 401 },
        // The agenda, its items and their histories.
        { "Secretariat", "GET", "/api/meetings/{meeting}/agenda", 200 }, { "KAZ", "GET", "/api/meetings/{meeting}/agenda", 200 },
        { "AFG", "GET", "/api/meetings/{meeting}/agenda", 200 }, { "USA", "GET", "/api/meetings/{meeting}/agenda", 404 },
        { "Anonymous", "GET", "/api/meetings/{meeting}/agenda", 401 },
        { "UZB", "GET", "/api/agenda-items/{item}", 200 }, { "AFG", "GET", "/api/agenda-items/{item}", 200 }, { "USA", "GET", "/api/agenda-items/{item}", 404 },
        { "AFG", "GET", "/api/agenda-items/{item}/history", 200 }, { "USA", "GET", "/api/agenda-items/{item}/history", 404 },
        // Positions: a delegation only for its own state; nobody else, the secretariat included.
        { "KAZ", "PUT", "/api/agenda-items/{item}/positions/KAZ", 200 }, { "UZB", "PUT", "/api/agenda-items/{item}/positions/KAZ", 403 },
        { "Secretariat", "PUT", "/api/agenda-items/{item}/positions/KAZ", 403 }, { "AFG", "PUT", "/api/agenda-items/{item}/positions/AFG", 403 },
        { "USA", "PUT", "/api/agenda-items/{item}/positions/USA", 404 }, { "Anonymous", "PUT", "/api/agenda-items/{item}/positions/KAZ", 401 },
        // Proposing: members at the meeting; not an invited observer; an outsider is told the meeting does not exist.
        { "AFG", "POST", "/api/agenda-items", 403 }, { "USA", "POST", "/api/agenda-items", 404 }, { "Anonymous", "POST", "/api/agenda-items", 401 },
        // Drafts: the secretariat and the meeting's delegations; never an observer, an outsider or the public.
        { "Secretariat", "GET", "/api/statements/{draft}", 200 }, { "KAZ", "GET", "/api/statements/{draft}", 200 },
        { "AFG", "GET", "/api/statements/{draft}", 404 }, { "USA", "GET", "/api/statements/{draft}", 404 }, { "Anonymous", "GET", "/api/statements/{draft}", 401 },
        { "AFG", "GET", "/api/statements/{draft}/amendments", 404 }, { "AFG", "GET", "/api/meetings/{meeting}/statements", 404 },
        // A state's calendar: its own delegation and the secretariat.
        { "KAZ", "GET", "/api/parties/KAZ/calendar.ics", 200 }, { "KAZ", "GET", "/api/parties/UZB/calendar.ics", 403 },
        { "Secretariat", "GET", "/api/parties/UZB/calendar.ics", 200 }, { "Anonymous", "GET", "/api/parties/KAZ/calendar.ics", 401 },
        // Reference data: read by participants, changed by the secretariat.
        { "KAZ", "GET", "/api/bodies", 200 }, { "KAZ", "POST", "/api/bodies", 403 }, { "Anonymous", "GET", "/api/bodies", 401 },
        // The public: published statements, commitments and the calendar of announced meetings.
        { "Anonymous", "GET", "/public/statements", 200 }, { "Anonymous", "GET", "/public/calendar.ics", 200 },
        { "Anonymous", "GET", "/public/commitments?party=KAZ", 200 }, { "Anonymous", "GET", "/public/feed.atom", 200 },
    };

    private string Expand(string path) => path.Replace("{meeting}", _world.Meeting.ToString()).Replace("{item}", _world.Item.ToString())
        .Replace("{draft}", _world.Draft.ToString());

    private object? BodyFor(string method, string path) => (method, path) switch
    {
        ("PUT", _) when path.Contains("/positions/") => new { position = "Concur" },
        ("POST", "/api/agenda-items") => new { meetingId = _world.Meeting, kind = "Decision", title = "Probe", text = "Probe", targetLayer = "WorkingGroup" },
        ("POST", "/api/bodies") => new { name = "Probe body", layer = "Leaders", format = "C5" },
        ("POST", _) when path.EndsWith("/cancel", StringComparison.Ordinal) => new { reason = "Probe" },
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_cell_of_the_rulebook_answers_as_it_says(string role, string method, string path, int expected)
    {
        var client = await _world.As(role);
        var url = Expand(path);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (BodyFor(method, path) is { } body)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);
        Assert.True(expected == (int)response.StatusCode, $"{role} {method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("Secretariat", true, true, true)]
    [InlineData("KAZ", true, true, false)]
    [InlineData("UZB", true, false, true)]
    [InlineData("AFG", false, false, false)]
    public async Task Positions_and_confidential_notes_are_shown_exactly_to_whom_the_rulebook_allows(string role, bool positions, bool kazNote, bool uzbNote)
    {
        var client = await _world.As(role);
        foreach (var text in new[]
                 {
                     await client.GetStringAsync($"/api/meetings/{_world.Meeting}/agenda"),
                     await client.GetStringAsync($"/api/agenda-items/{_world.Item}"),
                     await client.GetStringAsync($"/api/agenda-items/{_world.Item}/history"),
                 })
        {
            Assert.Equal(positions, text.Contains("\"Concur\"", StringComparison.Ordinal) || text.Contains("Abstain", StringComparison.Ordinal));
            Assert.Equal(kazNote, text.Contains("kaz-confidential-note", StringComparison.Ordinal));
            Assert.Equal(uzbNote, text.Contains("uzb-confidential-note", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_public_sees_announced_meetings_without_delegations_and_never_a_draft()
    {
        var anonymous = await _world.As("Anonymous");
        var calendar = await anonymous.GetStringAsync("/public/calendar.ics");
        Assert.Contains("Matrix meeting announced", calendar);
        Assert.DoesNotContain("Matrix meeting unannounced", calendar);
        Assert.DoesNotContain("Head of KAZ", calendar);
        var statements = await anonymous.GetStringAsync("/public/statements?q=draft-only-wording");
        Assert.DoesNotContain("Matrix draft", statements);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/public/statements/2032-astana-matrix-draft")).StatusCode);
    }

    [Fact]
    public async Task Only_the_chair_or_the_secretariat_closes_an_item()
    {
        var notChair = new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" }.First(p => p != _world.Chair);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _world.As(notChair)).PostAsync($"/api/agenda-items/{_world.Item}/decision", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _world.As("AFG")).PostAsync($"/api/agenda-items/{_world.Item}/decision", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _world.As("USA")).PostAsync($"/api/agenda-items/{_world.Item}/decision", null)).StatusCode);
    }
}
