using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;
using Xunit.Abstractions;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 21.2: two instances of each service and of the web app on PostgreSQL behind the gateway
/// (deploy/distributed.sh with SUMMIT_INSTANCES=2). One instance of each is killed outright; the other carries on:
/// nothing lost, nothing applied twice, a deadline held by the cluster fired once, an open page on the surviving web
/// instance still live, and a person whose web instance died still signed in (a real Chromium, through the gateway).
/// </summary>
[Collection(CrossProcess.Name)]
public sealed class TwoInstancesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string GatewayAffinityCookie = "summit.instance";
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private readonly PostgreSqlDatabases _databases = new();
    private DistributedSystem _system = null!;

    private static DateTimeOffset Astana(int month, int day) => new(2043, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    public async Task InitializeAsync()
    {
        var started = Stopwatch.StartNew();
        _system = new DistributedSystem(DistributedSystem.DefaultBasePort + 50, new Dictionary<string, string>
        {
            ["SUMMIT_INSTANCES"] = "2",
            ["SUMMIT_DATABASE"] = "postgresql",
            ["SUMMIT_PG_URL"] = _databases.Server,
            ["SUMMIT_PG_DATABASE_PREFIX"] = _databases.Prefix,
        });
        await _system.InitializeAsync();
        output.WriteLine($"Eight hosts and the gateway up in {started.Elapsed.TotalSeconds:F0} s");
    }

    public async Task DisposeAsync()
    {
        await _system.DisposeAsync();
        _databases.Dispose();
    }

    [Fact]
    public async Task With_one_instance_of_each_killed_the_flow_goes_on_through_the_gateway_and_every_event_is_applied_once()
    {
        var summit = _system.Summit;
        var clock = Stopwatch.StartNew();
        var group = await summit.MeetingAsync("Working Group on Water and Energy", Astana(3, 6));
        var officials = await summit.MeetingAsync("National Coordinators", Astana(4, 3));
        var item = await summit.ProposeAsync("KAZ", group, "Joint water-sharing early-warning system", "SeniorOfficials");
        await summit.ConveneAsync(group);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open for positions");
        foreach (var party in Five[..3])
        {
            (await summit.PositionAsync(item, party, "Concur")).EnsureSuccessStatusCode();
        }

        // Round robin sends two new browsers to the two web instances; each then stays on its own by the affinity cookie.
        using var first = new Browser(_system.Gateway.BaseAddress!);
        using var second = new Browser(_system.Gateway.BaseAddress!);
        foreach (var browser in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/statements")).StatusCode);
            Assert.Contains(browser.Cookies.GetCookies(_system.Gateway.BaseAddress!), c => c.Name == GatewayAffinityCookie);
            await browser.OpenCircuitAsync();
        }

        Assert.NotEqual(first.Instance, second.Instance);

        // Two delegates sign in with a real browser, one on each web instance (each pinned by the affinity cookie its HTTP
        // twin above was given), and open the meeting's agenda, live.
        await using var chromium = await Chromium.LaunchAsync(_system.Gateway.BaseAddress!);
        var delegates = new Dictionary<string, (string Party, IPage Page)>();
        foreach (var (browser, party) in new[] { (first, "KGZ"), (second, "TJK") })
        {
            delegates[browser.Instance!] = (party, await chromium.SignedInAsync(browser.Instance!, party, $"/meetings/{group}/agenda"));
        }

        foreach (var (_, page) in delegates.Values)
        {
            await Expect(page.Locator($"#positions-{item} li[data-party=TKM]")).ToContainTextAsync("no position yet");
        }

        // Written just before the crash: the events may still be in the killed Scheduling instance's outbox batch.
        var secretariat = await summit.Secretariat();
        // A deadline the cluster holds: the meeting convenes and concludes by timers due after the crash, whichever
        // Scheduling instance had taken them (Quartz takes a trigger up to its idle wait ahead of its time).
        var timed = (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", DateTimeOffset.UtcNow.AddSeconds(20), TimeSpan.FromSeconds(4),
            request => request["override"] = new { reason = "Test run at whatever hour the clock shows" })).Id();
        var late = new List<Guid>();
        foreach (var day in new[] { 10, 11 })
        {
            late.Add((await MeetingsApi.CreateAsync(secretariat, "Council of Foreign Ministers", Astana(5, day))).Id());
        }

        foreach (var host in new[] { "scheduling", "consensus", "statements", "web" })
        {
            _system.Kill(host);
        }

        output.WriteLine($"Killed one instance of each after {clock.Elapsed.TotalSeconds:F0} s");
        var killed = Stopwatch.StartNew();

        // The gateway answers 502 for a request it sends to a dead instance until its checks drop it: then ten requests in
        // a row to each host are served (each would have gone to the dead instance by even chance).
        using var anonymous = new HttpClient { BaseAddress = _system.Gateway.BaseAddress };
        await AllServedAsync(() => secretariat.GetAsync($"/api/meetings/{group}"), "Scheduling");
        await AllServedAsync(() => secretariat.GetAsync($"/api/agenda-items/{item}"), "Consensus");
        await AllServedAsync(() => secretariat.GetAsync($"/api/meetings/{group}/statements"), "Statements");
        await AllServedAsync(() => anonymous.GetAsync("/statements"), "the web app");
        output.WriteLine($"Every host served through the gateway again {killed.Elapsed.TotalSeconds:F1} s after the kill ({_failures} answers 502-504 before)");
        // One browser's instance is dead: the gateway sends it to the other, where its pages and circuits work.
        foreach (var browser in new[] { first, second })
        {
            var page = await UntilServedAsync(() => browser.Http.GetAsync("/statements"));
            Assert.Contains("<html", await page.Content.ReadAsStringAsync());
            await browser.OpenCircuitAsync();
        }

        Assert.Equal(first.Instance, second.Instance);
        var survivor = first.Instance!;
        foreach (var party in Five[3..])
        {
            (await summit.PositionAsync(item, party, "Concur")).EnsureSuccessStatusCode();
        }

        // The page open on the surviving web instance hears of the positions recorded after the crash, without a reload.
        var live = delegates[survivor].Page;
        foreach (var party in Five[3..])
        {
            await Expect(live.Locator($"#positions-{item} li[data-party={party}]")).ToContainTextAsync("Concur");
        }

        // The delegate whose web instance died is still signed in: the next page comes from the survivor, with their session.
        var (orphanParty, orphan) = delegates.Single(d => d.Key != survivor).Value;
        await Eventually.Until(async () => await orphan.GotoAsync("/delegation") is { Status: < 500 }, TimeSpan.FromSeconds(60),
            "the gateway to send the orphaned browser to the surviving web instance");
        await Expect(orphan).ToHaveURLAsync(new Regex("/delegation$"));
        await Expect(orphan.GetByRole(AriaRole.Heading, new() { Name = $"Delegation of {Chromium.English[orphanParty]}", Level = 1 })).ToBeVisibleAsync();
        await Expect(orphan.Locator(".signed-in")).ToContainTextAsync(Chromium.NameOf(orphanParty));

        var decided = await summit.DecideAsync(item);
        Assert.Equal("Adopted", decided.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal(officials, decided.GetProperty("item").GetProperty("meetingId").GetGuid());
        late.Add((await MeetingsApi.CreateAsync(secretariat, "Council of Foreign Ministers", Astana(5, 12))).Id());

        foreach (var meeting in late)
        {
            await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/agenda")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60), "Consensus to hear of the meeting");
            await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/statements")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60), "Statements to hear of the meeting");
        }

        // Once each, though a dead instance may have published some before it died and the survivor again.
        foreach (var meeting in late.Append(group).Append(officials))
        {
            Assert.Equal(1L, await CountAsync("Consensus", """SELECT COUNT(*) FROM "Meetings" WHERE "Id" = @id""", meeting));
            Assert.Equal(1L, await CountAsync("Statements", """SELECT COUNT(*) FROM "Meetings" WHERE "Id" = @id""", meeting));
        }

        // Each position recorded once (before or after the kill), the convening (an event from Scheduling) applied once.
        Assert.Equal(5L, await CountAsync("Consensus", """SELECT COUNT(*) FROM "AgendaItemHistory" WHERE "ItemId" = @id AND "Kind" = 'Position'""", item));
        Assert.Equal(1L, await CountAsync("Consensus", """SELECT COUNT(*) FROM "AgendaItemHistory" WHERE "ItemId" = @id AND "Kind" = 'UnderConsideration'""", item));
        await Eventually.Until(async () => await CountAsync("Scheduling", """SELECT COUNT(*) FROM "OutboxMessages" WHERE "SentUtc" IS NULL""") == 0,
            TimeSpan.FromSeconds(30), "Scheduling's outbox to be empty");

        // The timed meeting convened and concluded once each, by the timers of whichever instance survived or held them.
        await Eventually.Until(async () => (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{timed}")).GetProperty("status").GetString() == "Concluded",
            TimeSpan.FromSeconds(90), "the timed meeting to convene and conclude after the crash");
        var changes = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{timed}/history")).EnumerateArray().ToList();
        Assert.Single(changes, c => c.GetProperty("kind").GetString() == "Convened" && c.GetProperty("actor").GetString() == "system");
        Assert.Single(changes, c => c.GetProperty("kind").GetString() == "Concluded" && c.GetProperty("actor").GetString() == "system");
        await Eventually.Until(async () => await CountAsync("Consensus", """SELECT COUNT(*) FROM "Meetings" WHERE "Id" = @id AND "Status" = 'Concluded'""", timed) == 1,
            TimeSpan.FromSeconds(30), "Consensus to hear the timed meeting concluded");

        output.WriteLine($"Whole test {clock.Elapsed.TotalSeconds:F0} s");
    }

    private int _failures;

    private static bool FromGateway(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private async Task AllServedAsync(Func<Task<HttpResponseMessage>> request, string host) =>
        await Eventually.Until(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                if (FromGateway(await request()))
                {
                    _failures++;
                    return false;
                }
            }

            return true;
        }, TimeSpan.FromSeconds(60), $"the gateway to serve {host} from the surviving instance only");

    /// <summary>A request the gateway may still send to the dead web instance (the browser's cookie names it): sent again.</summary>
    private Task<HttpResponseMessage> UntilServedAsync(Func<Task<HttpResponseMessage>> request) =>
        Eventually.Until(request, r => !FromGateway(r), TimeSpan.FromSeconds(60), "the gateway to serve from the surviving instance");

    private async Task<long> CountAsync(string service, string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(_databases.ConnectionString(service));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A browser's cookies (the gateway's affinity cookie among them) and its interactive circuit's WebSocket.</summary>
    private sealed class Browser : IDisposable
    {
        private readonly Uri _gateway;

        public Browser(Uri gateway)
        {
            _gateway = gateway;
            Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies }) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        }

        public CookieContainer Cookies { get; } = new();

        public HttpClient Http { get; }

        /// <summary>The web instance the gateway keeps this browser on (its affinity cookie's value).</summary>
        public string? Instance => Cookies.GetCookies(_gateway).FirstOrDefault(c => c.Name == GatewayAffinityCookie)?.Value;

        public void Dispose() => Http.Dispose();

        /// <summary>Negotiates a circuit's connection and opens its WebSocket: both must reach the same web instance.</summary>
        public async Task OpenCircuitAsync()
        {
            var negotiate = await Http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
            negotiate.EnsureSuccessStatusCode();
            var token = (await negotiate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
            using var socket = new ClientWebSocket();
            socket.Options.Cookies = Cookies;
            await socket.ConnectAsync(new Uri($"ws://{_gateway.Authority}/_blazor?id={token}"), CancellationToken.None);
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
            var buffer = new byte[256];
            var reply = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            // The hub's handshake answer: an empty object, no error.
            Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, reply.Count));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    /// <summary>Debian's Chromium (as the browser journeys run it), its contexts pinned to a web instance by the gateway's cookie.</summary>
    private sealed class Chromium(IPlaywright playwright, IBrowser browser, Uri gateway) : IAsyncDisposable
    {
        public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string> { ["KGZ"] = "Kyrgyzstan", ["TJK"] = "Tajikistan" };

        public static string NameOf(string party) => $"delegate {party.ToLowerInvariant()}";

        public static async Task<Chromium> LaunchAsync(Uri gateway)
        {
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath.Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            SetDefaultExpectTimeout(30_000);
            return new Chromium(playwright, browser, gateway);
        }

        /// <summary>A delegate of <paramref name="party"/> signs in on the web instance <paramref name="instance"/> names and opens a page, interactive.</summary>
        public async Task<IPage> SignedInAsync(string instance, string party, string returnUrl)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = gateway.ToString(),
                Locale = "en-GB",
                ReducedMotion = ReducedMotion.Reduce,
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-GB,en;q=0.9" },
            });
            context.SetDefaultTimeout(30_000);
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = GatewayAffinityCookie, Value = instance, Url = gateway.ToString() }]);
            var page = await context.NewPageAsync();
            var console = new List<string>();
            page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
            page.PageError += (_, error) => console.Add($"page error: {error}");
            await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
            await page.GetByLabel($"Delegation of {English[party]}").CheckAsync();
            await page.GetByLabel("Your name (optional)").FillAsync(NameOf(party));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
            try
            {
                await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
            }
            catch (PlaywrightException e)
            {
                throw new InvalidOperationException($"{party}'s page did not turn interactive; the browser's console:{Environment.NewLine}{string.Join(Environment.NewLine, console)}", e);
            }

            Assert.Equal(instance, (await context.CookiesAsync()).Single(c => c.Name == GatewayAffinityCookie).Value);
            return page;
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
