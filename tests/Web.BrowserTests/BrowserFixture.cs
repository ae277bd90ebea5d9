using System.Text.Json;
using Deque.AxeCore.Commons;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// The embedded host on a real Kestrel port with a summit week already told (issue 5's scenario: a joint statement in
/// English and Russian, a chairman's statement, commitments), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int Year = 2042;

    private readonly List<IBrowserContext> _visitors = [];
    private IPlaywright? _playwright;

    public SummitApp App { get; } = new(kestrel: true);

    public IBrowser Browser { get; private set; } = null!;

    public StatementSummitResult Result { get; private set; } = null!;

    public Uri Address => App.Address;

    /// <summary>The title of the meeting announced for the public calendar, on the 28th of September.</summary>
    public string AnnouncedTitle { get; private set; } = "";

    /// <summary>A treaty adopted at a meeting recorded as held in 2023, signed by five, ratified by four, in force (issue 11).</summary>
    public TreatyResult Treaty { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var summit = new Summit((role, party) => App.ClientAs(role, party));
        Result = await StatementScenario.RunAsync(summit, Year, commitmentDueIn: TimeSpan.FromSeconds(2));
        // One announced meeting for the public calendar (the scenario's meetings were never announced).
        var announced = await summit.MeetingAsync("Consultative Meeting of the Heads of State of Central Asia", StatementScenario.Dushanbe(Year, 9, 28),
            edit: StatementScenario.InDushanbe);
        var secretariat = await summit.Secretariat();
        (await secretariat.PostAsync($"/api/meetings/{announced}/announce", null)).EnsureSuccessStatusCode();
        AnnouncedTitle = (await secretariat.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/meetings/{announced}")).GetProperty("title").GetString()!;
        Treaty = await RecordScenarios.TreatyAsync(summit, 2023);
        await InboxOverTheFoldAsync(summit, "KAZ");
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>
    /// More messages in <paramref name="party"/>'s inbox, and in the secretariat's, than a delegation's page or the console
    /// shows before "Show all" (eight): invitations to meetings announced in 2044, and outcomes of a meeting held in 2022
    /// (the secretariat hears of every decision), years that no journey looks at. Made here, before any journey runs, so
    /// that the layout journey's folds do not depend on what the journeys beside it (in any order) have sent.
    /// </summary>
    private async Task InboxOverTheFoldAsync(Summit summit, string party)
    {
        var secretariat = await summit.Secretariat();
        var delegation = await summit.Delegation(party);
        static async Task<int> HeldAsync(HttpClient reader) => (await reader.GetFromJsonAsync<JsonElement>("/api/notifications?take=100")).GetArrayLength();
        var held = await HeldAsync(delegation);
        for (var month = 1; held <= NoticeFold; month++)
        {
            Assert.True(month <= 12, $"{party}'s inbox did not fill with the invitations of twelve announced meetings");
            var meeting = await summit.MeetingAsync("Consultative Meeting of the Heads of State of Central Asia", StatementScenario.Dushanbe(Year + 2, month, 10),
                edit: StatementScenario.InDushanbe);
            (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();
            var before = held;
            held = await Eventually.Until(() => HeldAsync(delegation), n => n > before, TimeSpan.FromSeconds(30), $"{party}'s invitation to the meeting of {Year + 2}-{month:D2}");
        }

        var ministers = await StandardBodies.IdOf(secretariat, "Council of Foreign Ministers");
        var recorded = await secretariat.PostAsJsonAsync("/api/meetings/held",
            Requests.Meeting(ministers, StatementScenario.Dushanbe(2022, 3, 15), timeZone: "Asia/Dushanbe", host: "TJK", city: "Dushanbe"));
        recorded.EnsureSuccessStatusCode();
        var past = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{past}/agenda")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "Consensus to know the meeting held in 2022");
        held = await HeldAsync(secretariat);
        for (var item = 1; held <= NoticeFold; item++)
        {
            Assert.True(item <= 12, "the secretariat's inbox did not fill with the outcomes of twelve recorded items");
            (await secretariat.PostAsJsonAsync("/api/agenda-items/held", new
            {
                meetingId = past, kind = "Decision", title = $"Recorded decision {item} of 2022", targetLayer = "Ministers", outcome = "Blocked",
            })).EnsureSuccessStatusCode();
            var before = held;
            held = await Eventually.Until(() => HeldAsync(secretariat), n => n > before, TimeSpan.FromSeconds(30), $"the secretariat told of recorded decision {item}");
        }
    }

    /// <summary>How many messages an inbox shows before "Show all" (the web app's NoticeList.First).</summary>
    private const int NoticeFold = 8;

    /// <summary>Debian's Chromium (<see cref="ChromiumPath"/>), headless, as every journey drives it.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath.Executable,
        Headless = true,
        // This machine's network is closed: Chromium's own background connections would only fail.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>A fresh browser context (no cookies) in the given language, as a new visitor.</summary>
    public async Task<IPage> NewVisitorAsync(string acceptLanguage = "en-GB,en;q=0.9")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = acceptLanguage.Split(',')[0],
            // No transitions or animations (the site honours reduced motion): every check sees a settled page.
            ReducedMotion = ReducedMotion.Reduce,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
        });
        context.SetDefaultTimeout(30_000);
        lock (_visitors)
        {
            _visitors.Add(context);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// Closes every visitor's browser context opened so far, as each journey ends (the journeys of this collection run one
    /// after another). A page left open would keep its circuit on the host and its renderer in the browser, answering
    /// every later journey's live events, until the run ends.
    /// </summary>
    public async Task CloseVisitorsAsync()
    {
        IBrowserContext[] open;
        lock (_visitors)
        {
            open = [.. _visitors];
            _visitors.Clear();
        }

        foreach (var context in open)
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
    }
}

/// <summary>What every page visited in a journey gets: an accessibility check and a screenshot kept under TestResults/.</summary>
public sealed class Journey(string name)
{
    private int _step;

    public static string ScreenshotDirectory { get; } = Path.Combine(Repository.Root, "tests", "Web.BrowserTests", "TestResults", "screenshots");

    /// <summary>
    /// Whether each check keeps a full-page screenshot: yes, unless <c>SUMMIT_SCREENSHOTS</c> is <c>off</c>. The test
    /// command sets it off unless told otherwise (<c>SUMMIT_SCREENSHOTS=on ./test.sh</c>): the screenshots are for people
    /// to look at, and drawing and encoding 240 full pages was about a fifth of the browser journeys' time.
    /// </summary>
    public static bool KeepScreenshots { get; } =
        !string.Equals(Environment.GetEnvironmentVariable("SUMMIT_SCREENSHOTS"), "off", StringComparison.OrdinalIgnoreCase);

    public List<string> Screenshots { get; } = [];

    /// <summary>How many page states this journey checked.</summary>
    public int Checks => _step;

    /// <summary>Runs axe-core on the page as it is now: no serious or critical violation; then keeps a full-page screenshot (<see cref="KeepScreenshots"/>).</summary>
    public async Task CheckAsync(IPage page, string what)
    {
        // Settled: loaded, fonts in, two frames painted, and whatever still runs (a ripple, a web animation the
        // stylesheet cannot reach) ended before the check looks. (Waiting for the network to be idle added half a
        // second of nothing to most checks: the working pages talk over their circuit's socket, not by requests.)
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("""
            async () => {
              await document.fonts.ready;
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
              document.getAnimations().forEach(a => { try { a.finish(); } catch { a.cancel(); } });
            }
            """);
        var serious = (await Axe.ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name}/{what} ({page.Url}): " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes)}")));

        if (!KeepScreenshots)
        {
            _step++;
            return;
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, $"{name}-{++_step:00}-{what}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Screenshots.Add(file);
    }
}

/// <summary>
/// axe-core run in the page itself: injected once per document, every rule, violations only. (Deque's <c>RunAxe</c>
/// opens a fresh page in a new browser context for each check to merge its partial results, about a second of
/// Chromium's time each, ten times what the analysis costs here; our pages have no frames to merge.)
/// </summary>
public static class Axe
{
    private static readonly string Source = new BundledAxeScriptProvider().GetScript();

    public sealed record Violation(string Id, string? Impact, string Help, string[] Nodes);

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        // The 500 kB source crosses to the browser only when the document lacks it (a full load), not at every check.
        if (!await page.EvaluateAsync<bool>("() => !!window.axe"))
        {
            await page.EvaluateAsync("source => { if (!window.axe) { (0, eval)(source); } }", Source);
        }

        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html) }))
            """);
        return found.Deserialize<Violation[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}

/// <summary>One host and one browser for all journeys (each journey has its own browser context, so no cookies are shared).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
