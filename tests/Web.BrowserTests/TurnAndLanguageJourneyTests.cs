using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 19, points 6 and 13, where they were left: the turn question asked the same way by the summit-week planner and
/// by a move to another host; default ranks, the console's live lines and the "recorded" rule in the page's language.
/// Each journey has years of its own (from <see cref="BrowserFixture.Year"/> + 30), so that no other journey's meetings
/// change whose turn it is.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TurnAndLanguageJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private const string Leaders = "Consultative Meeting of the Heads of State of Central Asia";

    private static readonly Dictionary<string, (string En, string Ru, string City, string Zone)> Members = new()
    {
        ["KAZ"] = ("Kazakhstan", "Казахстан", "Astana", "Asia/Almaty"),
        ["KGZ"] = ("Kyrgyzstan", "Кыргызстан", "Bishkek", "Asia/Bishkek"),
        ["TJK"] = ("Tajikistan", "Таджикистан", "Dushanbe", "Asia/Dushanbe"),
        ["TKM"] = ("Turkmenistan", "Туркменистан", "Ashgabat", "Asia/Ashgabat"),
        ["UZB"] = ("Uzbekistan", "Узбекистан", "Tashkent", "Asia/Tashkent"),
    };

    private static Task Interactive(IPage page) => Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

    private async Task<IPage> SignedInAsync(string returnUrl, bool inRussian)
    {
        var page = await fixture.NewVisitorAsync(inRussian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel(inRussian ? "Секретариат" : "Secretariat", new() { Exact = true }).CheckAsync();
        await page.GetByLabel(inRussian ? "Ваше имя (необязательно)" : "Your name (optional)").FillAsync("Aru Planner");
        await page.GetByRole(AriaRole.Button, new() { Name = inRussian ? "Войти" : "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        return page;
    }

    /// <summary>Whose turn it is to host the leaders on a day, and who comes next in the order.</summary>
    private async Task<(string InTurn, string Next)> TurnAsync(string on)
    {
        var secretariat = await fixture.App.Secretariat();
        var leaders = await StandardBodies.IdOf(secretariat, Leaders);
        var inTurn = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on={on}")).GetProperty("party").GetString()!;
        var sequence = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}")).GetProperty("chairRotation").GetProperty("sequence")
            .EnumerateArray().Select(p => p.GetString()!).ToList();
        return (inTurn, sequence[(sequence.IndexOf(inTurn) + 1) % sequence.Count]);
    }

    private async Task<List<string>> HistoryAsync(Guid meeting) =>
        (await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/history")).EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()}: {c.GetProperty("detail").GetString()}").ToList();

    [Fact]
    public async Task In_Russian_the_summit_week_planner_asks_what_becomes_of_the_turn_and_books_the_week_once_answered()
    {
        var journey = new Journey("planner-turn-ru");
        var year = BrowserFixture.Year + 30;
        var (inTurn, next) = await TurnAsync($"{year}-05-10");
        // A host neither in turn nor next in order.
        var host = Members.Keys.First(p => p != inTurn && p != next);
        var page = await SignedInAsync("/secretariat/summit-week", inRussian: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Планирование недели саммита", Level = 1 })).ToBeVisibleAsync();
        await Interactive(page);
        await page.GetByLabel("Принимающая сторона").SelectOptionAsync(new SelectOptionValue { Label = Members[host].Ru });
        await page.GetByLabel("Залы (по одному в строке)").FillAsync($"Зал саммитов {year}");
        await page.GetByLabel("Первый день").FillAsync($"{year}-05-08");
        await page.GetByLabel("Последний день").FillAsync($"{year}-05-12");
        // The days chosen, under their fields in the page's language with their weekdays (a browser draws the field itself
        // in its own language and order: 05/08 in an English one).
        var russian = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        await Expect(page.Locator("#from-echo")).ToHaveTextAsync($"{new DateOnly(year, 5, 8).ToString("dddd", russian)}, 8 мая {year} г.");
        await Expect(page.Locator("#to-echo")).ToHaveTextAsync($"{new DateOnly(year, 5, 12).ToString("dddd", russian)}, 12 мая {year} г.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Предложить расстановку" }).ClickAsync();

        // The leaders' meeting is hosted out of turn: the week asks, in Russian (the body's name too), and is not booked before the answer.
        const string leadersRu = "Консультативная встреча глав государств Центральной Азии";
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = leadersRu })).ToBeVisibleAsync();
        var question = page.GetByRole(AriaRole.Group).Filter(new() { HasText = "Что делать с очередью?" });
        await Expect(question).ToHaveCountAsync(1);
        await Expect(question).ToContainTextAsync($"{leadersRu}: очередь");
        await Expect(question).ToContainTextAsync($"очередь — {Members[inTurn].Ru}; принимающая сторона — {Members[host].Ru}");
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Утвердить неделю и назначить все встречи" });
        await Expect(accept).ToBeDisabledAsync();
        await journey.CheckAsync(page, "question");

        await question.GetByLabel(new Regex("очередь сохраняется")).CheckAsync();
        await Expect(accept).ToBeEnabledAsync();
        await accept.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Назначено" })).ToHaveTextAsync("Назначено встреч: 3.");
        await journey.CheckAsync(page, "booked");
        await NoEnglishOnRussianPages.AssertAsync(page, "Aru Planner");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(leadersRu)}") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/[0-9a-f-]{36}$"));
        var id = Guid.Parse(page.Url[^36..]);
        Assert.Contains($"HostedOutOfTurn: {host} hosts; {inTurn} keeps its turn", await HistoryAsync(id));
        await Expect(page.Locator("ol.history")).ToContainTextAsync($"принимает {Members[host].Ru}; очередь сохраняется за стороной {Members[inTurn].Ru}");
        await NoEnglishOnRussianPages.AssertAsync(page, "Aru Planner");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Moving_a_leaders_meeting_to_another_host_asks_what_becomes_of_the_turn_as_the_schedule_form_does(string language)
    {
        var russian = language == "ru";
        var journey = new Journey($"move-turn-{language}");
        var year = BrowserFixture.Year + (russian ? 32 : 31);
        var (inTurn, next) = await TurnAsync($"{year}-06-01");
        var summit = new Summit(fixture.App.ClientAs);
        var meeting = await summit.MeetingAsync(Leaders, new DateTimeOffset(year, 6, 1, 10, 0, 0, TimeSpan.FromHours(5)), edit: r =>
        {
            (r["hostParty"], r["city"], r["timeZone"], r["venue"]) = (inTurn, Members[inTurn].City, Members[inTurn].Zone, $"Summit hall {year}");
            r.Remove("turn");
        });
        var page = await SignedInAsync($"/secretariat/meetings/{meeting}", russian);
        await Interactive(page);

        // Moved to the next in order: the form asks, before the move, what becomes of the turn of the state whose turn it is.
        await page.GetByRole(AriaRole.Button, new() { Name = russian ? "Перенести…" : "Reschedule or move…" }).ClickAsync();
        await page.GetByLabel(russian ? "Принимающая сторона" : "Host state").SelectOptionAsync(new SelectOptionValue { Label = russian ? Members[next].Ru : Members[next].En });
        var question = page.GetByRole(AriaRole.Group).Filter(new() { HasText = russian ? "Что делать с очередью?" : "What becomes of" });
        await Expect(question).ToBeVisibleAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = russian ? "Перенести встречу" : "Reschedule the meeting" });
        await Expect(confirm).ToBeDisabledAsync();
        await question.GetByLabel(new Regex(russian ? "отказ от очереди" : "waives its turn")).CheckAsync();
        await Expect(confirm).ToBeEnabledAsync();
        await journey.CheckAsync(page, "question");
        await confirm.ClickAsync();

        // The state in turn waived it for the year: the new host chairs, and the history says so in the page's language.
        await Expect(page.Locator("ol.history")).ToContainTextAsync(russian
            ? $"{Members[inTurn].Ru} отказывается от очереди в {year} году; принимает {Members[next].Ru}"
            : $"{Members[inTurn].En} waives its turn in {year}; {Members[next].En} hosts");
        if (russian)
        {
            // The delegations were made over the API with English placeholder heads, by the API client "secretariat-staff"; the rest is in Russian.
            await NoEnglishOnRussianPages.AssertAsync(page.Locator(".site-header, main h1, main h2, main dl, ol.history"), "Aru Planner", $"Summit hall {year}", "secretariat-staff");
        }

        Assert.Contains($"TurnWaived: {inTurn} waives its turn in {year}; {next} hosts", await HistoryAsync(meeting));
        Assert.Equal(next, (await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/chair")).GetProperty("chair").GetString());
        await journey.CheckAsync(page, "moved");
    }

    [Fact]
    public async Task In_Russian_the_schedule_form_fills_the_ranks_in_Russian_keeps_them_as_ranks_and_asks_about_the_turn_in_Russian()
    {
        var journey = new Journey("schedule-ru");
        var year = BrowserFixture.Year + 33;
        var (inTurn, next) = await TurnAsync($"{year}-09-14");
        var host = next;
        var page = await SignedInAsync("/secretariat/meetings/new", inRussian: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Назначение встречи", Level = 1 })).ToBeVisibleAsync();
        await Interactive(page);
        await Expect(page.Locator("#bodies option").First).ToBeAttachedAsync();
        await page.GetByLabel("Орган (начните вводить название)").FillAsync("Консультативная встреча глав государств Центральной Азии");
        await page.GetByLabel("Орган (начните вводить название)").BlurAsync();
        await page.GetByLabel("Принимающая сторона").SelectOptionAsync(new SelectOptionValue { Label = Members[host].Ru });
        await page.GetByLabel("Место проведения", new() { Exact = true }).FillAsync($"Дворец форумов {year}");
        await page.GetByLabel("Начало (местное время)").FillAsync($"{year}-09-14T10:00");
        await page.GetByLabel("Начало (местное время)").BlurAsync();

        // The ranks the form fills in are in Russian (issue 19, point 13).
        await Expect(page.GetByLabel($"Должность главы делегации: {Members["KAZ"].Ru}")).ToHaveValueAsync("Глава государства");
        var question = page.GetByRole(AriaRole.Group).Filter(new() { HasText = "Что делать с очередью?" });
        await Expect(question).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Назначить встречу" })).ToBeDisabledAsync();
        await question.GetByLabel(new Regex("очередь сохраняется")).CheckAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Назначить встречу" })).ToBeEnabledAsync();
        await journey.CheckAsync(page, "form");
        // No party is offered both as a delegation and as an observer (a guest admitted by decision sits as a delegation).
        var both = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input[id^="obs-"]')].map(e => e.id.substring(4)).filter(code => document.getElementById('head-' + code))
            """);
        Assert.Empty(both);
        Assert.True(await page.Locator("input[id^='obs-']").CountAsync() > 0, "observers are offered");
        await NoEnglishOnRussianPages.AssertAsync(page, "Aru Planner", $"Дворец форумов {year}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Назначить встречу" }).ClickAsync();

        // Saved as the rank it is (its English name, as every default rank), shown again in Russian.
        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/[0-9a-f-]{36}$"));
        await Interactive(page);
        var id = Guid.Parse(page.Url[^36..]);
        var saved = await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{id}");
        Assert.All(saved.GetProperty("delegations").EnumerateArray(), d => Assert.Equal("Head of State", d.GetProperty("headRank").GetString()));
        await Expect(page.GetByLabel($"Должность главы делегации: {Members["UZB"].Ru}", new() { Exact = true })).ToHaveValueAsync("Глава государства");
        Assert.Contains($"HostedOutOfTurn: {host} hosts; {inTurn} keeps its turn", await HistoryAsync(id));
        await journey.CheckAsync(page, "meeting");
        await NoEnglishOnRussianPages.AssertAsync(page, "Aru Planner", $"Дворец форумов {year}");
    }

    [Fact]
    public async Task In_Russian_the_console_writes_its_live_lines_in_Russian_the_recorded_rule_included()
    {
        var journey = new Journey("live-ru");
        var page = await SignedInAsync("/secretariat", inRussian: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Рабочее место секретариата", Level = 1 })).ToBeVisibleAsync();
        await Interactive(page);

        // A colleague postpones a meeting, and records the outcome of a meeting held in the past.
        var colleague = await fixture.App.Secretariat();
        var year = BrowserFixture.Year + 34;
        var meeting = (await MeetingsApi.CreateAsync(colleague, "Council of Foreign Ministers", new DateTimeOffset(year, 2, 3, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        const string reason = "Парламент принимающей стороны заседает на этой неделе";
        (await colleague.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason })).EnsureSuccessStatusCode();
        var ministers = await StandardBodies.IdOf(colleague, "Council of Foreign Ministers");
        var held = (await MeetingsApi.ReadAsync(await colleague.PostAsJsonAsync("/api/meetings/held",
            Requests.Meeting(ministers, new DateTimeOffset(2017, 10, 2, 10, 0, 0, TimeSpan.FromHours(5)))))).Id();
        await Eventually.Until(async () => (await colleague.GetAsync($"/api/meetings/{held}/agenda")).IsSuccessStatusCode, TimeSpan.FromSeconds(60),
            "Consensus to know the held meeting");
        const string title = "Дорожная карта регионального сотрудничества";
        (await colleague.PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = held, kind = "Decision", title, targetLayer = "Ministers", outcome = "Adopted" })).EnsureSuccessStatusCode();

        var postponed = page.Locator("#notifications li.live").Filter(new() { HasText = reason });
        await Expect(postponed).ToContainTextAsync("Встреча отложена");
        var recorded = page.Locator("#notifications li.live").Filter(new() { HasText = "По протоколу" });
        await Expect(recorded).ToContainTextAsync("Решение по пункту");
        await Expect(recorded).ToContainTextAsync("Принято по правилу «По протоколу»: Согласно протоколу.");
        await NoEnglishOnRussianPages.AssertAsync(postponed, reason);
        await NoEnglishOnRussianPages.AssertAsync(recorded);
        await journey.CheckAsync(page, "pushed");
    }
}
