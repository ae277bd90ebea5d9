using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 13: the delegations' workspace and the chair's desk, with one browser context per delegation at once. The
/// secretariat convenes meetings through the API here (its pages are issue 12's journeys); every position, decision,
/// silence, amendment and chairman's statement is made in a browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DelegationJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static readonly Dictionary<string, string> English = new()
    {
        ["KAZ"] = "Kazakhstan", ["KGZ"] = "Kyrgyzstan", ["TJK"] = "Tajikistan", ["TKM"] = "Turkmenistan", ["UZB"] = "Uzbekistan", ["USA"] = "United States",
    };

    private static readonly Dictionary<string, string> Russian = new()
    {
        ["KAZ"] = "Казахстан", ["KGZ"] = "Кыргызстан", ["TJK"] = "Таджикистан", ["TKM"] = "Туркменистан", ["UZB"] = "Узбекистан",
    };

    private static Task Interactive(IPage page) => Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    /// <summary>A delegation signs in (development sign-in: the state chosen on the page) and lands on the page asked for.</summary>
    private async Task<IPage> DelegationAsync(string party, string returnUrl, bool inRussian = false)
    {
        var page = await fixture.NewVisitorAsync(inRussian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel(inRussian ? $"Делегация: {Russian[party]}" : $"Delegation of {English[party]}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = inRussian ? "Войти" : "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await Interactive(page);
        return page;
    }

    private async Task<Dictionary<string, IPage>> FiveAsync(string url)
    {
        var pages = await Task.WhenAll(Five.Select(p => DelegationAsync(p, url)));
        return Five.Zip(pages).ToDictionary(x => x.First, x => x.Second);
    }

    private static ILocator Item(IPage page, Guid item) => page.Locator($"#article-{item}");

    private static async Task RecordAsync(IPage page, Guid item, string position, string? note = null)
    {
        var article = Item(page, item);
        await article.GetByRole(AriaRole.Radio, new() { Name = position, Exact = true }).CheckAsync();
        if (note is not null)
        {
            await article.GetByLabel("Confidential note (optional)").FillAsync(note);
        }

        await article.GetByRole(AriaRole.Button, new() { Name = "Record the position" }).ClickAsync();
        await Expect(article.GetByRole(AriaRole.Status)).ToContainTextAsync($"Recorded: {position}.");
    }

    private async Task<string> ChairOfAsync(Guid meeting) =>
        (await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("chair").GetString()!;

    [Fact]
    public async Task Five_delegations_take_positions_at_once_see_each_other_live_a_reserve_defers_and_the_item_climbs_to_the_leaders()
    {
        var journey = new Journey("positions");
        var summit = new Summit(fixture.App.ClientAs);
        var year = BrowserFixture.Year + 7;
        var officials = await summit.MeetingAsync("National Coordinators", Astana(year, 4, 3));
        var ministers = await summit.MeetingAsync("Council of Foreign Ministers", Astana(year, 5, 8));
        var leaders = await summit.MeetingAsync("Consultative Meeting of the Heads of State of Central Asia", Astana(year, 6, 5));
        const string title = "Regional early-warning system for floods";

        // Kazakhstan's delegation finds the meeting among its own and proposes the item from the agenda.
        var kazakhstan = await DelegationAsync("KAZ", "/delegation");
        await Expect(kazakhstan.GetByRole(AriaRole.Heading, new() { Name = "Delegation of Kazakhstan", Level = 1 })).ToBeVisibleAsync();
        var row = kazakhstan.GetByRole(AriaRole.Row).Filter(new() { Has = kazakhstan.GetByRole(AriaRole.Link, new() { Name = $"National Coordinators" }) }).First;
        await Expect(row).ToContainTextAsync("Kyrgyzstan");
        // What the state signed and ratified (the 2023 treaty of the fixture), and its private calendar link, which works.
        await Expect(kazakhstan.GetByRole(AriaRole.Row).Filter(new() { HasText = "Treaty on Regional Water Cooperation (2023)" })).ToContainTextAsync("2023");
        await kazakhstan.GetByRole(AriaRole.Button, new() { Name = "Get my private calendar link" }).ClickAsync();
        var feed = (await kazakhstan.Locator("#subscription-url").TextContentAsync())!;
        using (var http = new HttpClient())
        {
            var ics = await http.GetStringAsync(feed);
            Assert.Contains("BEGIN:VCALENDAR", ics);
            Assert.Contains("National Coordinators", ics);
        }

        await journey.CheckAsync(kazakhstan, "my-meetings");
        await kazakhstan.GotoAsync($"/meetings/{officials}/agenda");
        await Interactive(kazakhstan);
        await kazakhstan.GetByLabel("Title of the item").FillAsync(title);
        await kazakhstan.GetByLabel("Target layer").SelectOptionAsync(new SelectOptionValue { Label = "Heads of state" });
        await kazakhstan.GetByLabel("Text of the item").FillAsync("Share river gauges in real time and warn downstream states.");
        await kazakhstan.GetByRole(AriaRole.Button, new() { Name = "Propose the item" }).ClickAsync();
        await Expect(kazakhstan.GetByRole(AriaRole.Heading, new() { Name = title, Level = 3 })).ToBeVisibleAsync();
        var item = (await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{officials}/agenda")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await kazakhstan.CloseAsync();

        // Five delegations open the agenda; the meeting convenes; they record their positions at the same moment.
        var pages = await FiveAsync($"/meetings/{officials}/agenda");
        await summit.ConveneAsync(officials);
        foreach (var page in pages.Values)
        {
            await Expect(page.Locator($"#status-{item}")).ToHaveTextAsync("Under consideration");
        }

        await Task.WhenAll(Five.Select(p => RecordAsync(pages[p], item, p == "UZB" ? "Reserve" : "Concur", p == "UZB" ? "Awaiting the ministry of water's opinion" : null)));
        foreach (var (party, page) in pages)
        {
            // Each sees every other's position arrive without a reload (pushed from the bus).
            foreach (var other in Five)
            {
                await Expect(Item(page, item).Locator($"li[data-party={other}]")).ToContainTextAsync(other == "UZB" ? "Reserve" : "Concur");
            }
        }

        // Confidential notes are their author's alone.
        await Expect(Item(pages["UZB"], item).Locator("li[data-party=UZB]")).ToContainTextAsync("Awaiting the ministry of water's opinion");
        await Expect(Item(pages["KAZ"], item).Locator("li[data-party=UZB]")).Not.ToContainTextAsync("Awaiting");
        await journey.CheckAsync(pages["KGZ"], "five-positions-live");

        // The chair closes the item: deferred by the reserve; the reserve is lifted; the chair closes it as adopted.
        var chair = pages[await ChairOfAsync(officials)];
        await Expect(chair.GetByText(new Regex("chairs this meeting"))).ToBeVisibleAsync();
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Close the item: {title}" }).ClickAsync();
        // Issue 19, point 12: the chair first sees what the rule would give; nothing is decided until it confirms.
        var preview = Item(chair, item).GetByRole(AriaRole.Group, new() { Name = $"Outcome if closed now: {title}" });
        await Expect(preview).ToContainTextAsync("Deferred");
        await Expect(preview).ToContainTextAsync("reserve 1");
        await journey.CheckAsync(chair, "close-preview");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Keep it open: {title}" }).ClickAsync();
        await Expect(preview).ToHaveCountAsync(0);
        Assert.Equal("UnderConsideration", (await summit.ItemAsync(item)).GetProperty("status").GetString());
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Close the item: {title}" }).ClickAsync();
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Confirm and close (Deferred): {title}" }).ClickAsync();
        await Expect(chair.Locator("#outcomes")).ToContainTextAsync("Deferred");
        await Expect(pages["UZB"].Locator($"#status-{item}")).ToHaveTextAsync("Deferred");
        await journey.CheckAsync(chair, "deferred");

        await RecordAsync(pages["UZB"], item, "Concur");
        await Item(pages["UZB"], item).GetByText("Positions of Uzbekistan on this item").ClickAsync();
        await Expect(Item(pages["UZB"], item)).ToContainTextAsync("Reserve · Awaiting the ministry of water's opinion");
        await Expect(Item(chair, item).Locator("li[data-party=UZB]")).ToContainTextAsync("Concur");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Close the item: {title}" }).ClickAsync();
        await Expect(Item(chair, item).GetByRole(AriaRole.Group, new() { Name = $"Outcome if closed now: {title}" })).ToContainTextAsync("Adopted");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = $"Confirm and close (Adopted): {title}" }).ClickAsync();
        await Expect(chair.Locator("#outcomes li").First).ToContainTextAsync("Adopted");
        await Expect(chair.Locator("#outcomes li").First).ToContainTextAsync("Concur 5");
        await journey.CheckAsync(chair, "adopted-officials");

        // It climbs: the ministers, then the leaders, each with fresh positions taken in the five browsers.
        foreach (var (meeting, layer) in new[] { (ministers, "Ministers"), (leaders, "Leaders") })
        {
            await Task.WhenAll(pages.Values.Select(async p =>
            {
                await p.GotoAsync($"/meetings/{meeting}/agenda");
                await Interactive(p);
            }));
            await summit.ConveneAsync(meeting);
            await Task.WhenAll(Five.Select(async p =>
            {
                await Expect(pages[p].Locator($"#status-{item}")).ToHaveTextAsync("Under consideration");
                await RecordAsync(pages[p], item, "Concur");
            }));
            // At the Leaders' summit Azerbaijan decides too (a full participant since Tashkent 2025); its delegation answers through the API.
            foreach (var other in await summit.AlsoMembersAsync(item, Five))
            {
                (await summit.PositionAsync(item, other, "Concur")).EnsureSuccessStatusCode();
            }

            var chairs = pages[await ChairOfAsync(meeting)];
            await Expect(Item(chairs, item).Locator("li[data-party=UZB]")).ToContainTextAsync("Concur");
            if (layer == "Leaders")
            {
                await Expect(Item(chairs, item).Locator("li[data-party=AZE]")).ToContainTextAsync("Concur");
            }
            await Item(chairs, item).GetByRole(AriaRole.Button, new() { Name = $"Close the item: {title}" }).ClickAsync();
            await Item(chairs, item).GetByRole(AriaRole.Button, new() { Name = $"Confirm and close (Adopted): {title}" }).ClickAsync();
            await Expect(chairs.Locator("#outcomes li").First).ToContainTextAsync("Adopted");
            if (layer == "Leaders")
            {
                await Expect(chairs.Locator($"#status-{item}")).ToHaveTextAsync("Adopted");
                await Item(chairs, item).GetByText("Where it has been").ClickAsync();
                await Expect(chairs.Locator($"#trail-{item} li").Filter(new() { HasText = "Moved up a layer" })).ToHaveCountAsync(2);
                await journey.CheckAsync(chairs, "adopted-by-leaders");
            }
        }

        foreach (var page in pages.Values)
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_chair_starts_a_silence_procedure_in_its_own_time_every_state_sees_it_in_its_own_and_one_state_breaks_it()
    {
        var journey = new Journey("silence");
        var summit = new Summit(fixture.App.ClientAs);
        var year = BrowserFixture.Year + 8;
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", Astana(year, 5, 8));
        var item = await summit.ProposeAsync("KGZ", meeting, "Common visa for tourists", "Ministers");
        await summit.ConveneAsync(meeting);
        var chairParty = await ChairOfAsync(meeting);
        var breaker = chairParty == "TKM" ? "UZB" : "TKM";
        var chair = await DelegationAsync(chairParty, $"/meetings/{meeting}/agenda");
        var other = await DelegationAsync(breaker, $"/meetings/{meeting}/agenda");

        var deadline = DateTime.UtcNow.AddDays(3);
        var chairZone = TimeZoneInfo.FindSystemTimeZoneById((await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>("/api/parties"))
            .EnumerateArray().Single(p => p.GetProperty("code").GetString() == chairParty).GetProperty("timeZone").GetString()!);
        var local = TimeZoneInfo.ConvertTimeFromUtc(deadline, chairZone);
        await Item(chair, item).GetByLabel(new Regex("^Silence deadline, local time of the chair")).FillAsync(local.ToString("yyyy-MM-dd'T'HH:mm"));
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = "Start the silence procedure: Common visa for tourists" }).ClickAsync();
        await Expect(Item(chair, item)).ToContainTextAsync("Under silence until");
        var started = await summit.ItemAsync(item);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0), chairZone),
            started.GetProperty("silenceDeadlineUtc").GetDateTime().ToUniversalTime());

        // The other state's page hears of it live, and shows the deadline in each state's own time; the clock runs down.
        var shown = Item(other, item);
        await Expect(shown).ToContainTextAsync("Under silence until");
        await Expect(shown.Locator(".zones")).ToContainTextAsync("Kazakhstan: " + Local(deadline, "Asia/Almaty"));
        await Expect(shown.Locator(".zones")).ToContainTextAsync("Turkmenistan: " + Local(deadline, "Asia/Ashgabat"));
        await Expect(shown.Locator("[data-countdown]")).ToHaveTextAsync(new Regex(@"^\dd \d\d:\d\d:\d\d$"));
        await journey.CheckAsync(other, "silence-running");

        await RecordAsync(other, item, "Object", "Our border service needs a year");
        await Expect(chair.Locator($"#status-{item}")).ToHaveTextAsync("Blocked");
        await Expect(chair.Locator("#activity")).ToContainTextAsync("Silence broken");
        await journey.CheckAsync(chair, "silence-broken");

        // The chair moves the blocked item on: deferred to the body's next meeting. Other journeys of this run may have
        // scheduled a later Council; without one, the item waits, deferred, for it.
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = "Defer to the next meeting: Common visa for tourists" }).ClickAsync();
        await Expect(chair.Locator($"#article-{item}")).ToHaveCountAsync(0);
        var moved = await summit.ItemAsync(item);
        var history = await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("kind").GetString() == "Deferred");
        if (moved.GetProperty("meetingId").ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("Deferred", moved.GetProperty("status").GetString());
        }
        else
        {
            var next = await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{moved.GetProperty("meetingId").GetGuid()}");
            Assert.NotEqual(meeting, moved.GetProperty("meetingId").GetGuid());
            Assert.Equal("Submitted", moved.GetProperty("status").GetString());
            Assert.True(next.GetProperty("startUtc").GetDateTime() > Astana(year, 5, 8).UtcDateTime, "deferred to a later meeting of the Council");
        }
        await chair.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    private static string Local(DateTime utc, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, tz);
        var offset = tz.GetUtcOffset(local);
        // The zone as a reader knows it (its offset), never the IANA id (issue 19, point 13).
        return $"{local.ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} (UTC+{offset.Hours}{(offset.Minutes == 0 ? "" : $":{offset.Minutes:00}")})";
    }

    [Fact]
    public async Task A_delegation_amends_a_draft_in_Russian_and_sees_it_accepted_and_a_blocked_C5_plus_X_text_ends_in_a_chairman_s_statement()
    {
        var journey = new Journey("amend-and-chairmans");
        var summit = new Summit(fixture.App.ClientAs);
        var year = BrowserFixture.Year + 9;
        var secretariat = await fixture.App.Secretariat();
        var meeting = await summit.MeetingAsync("C5+USA Foreign Ministers' Meeting", Astana(year, 9, 20), partner: "USA");
        await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/statements")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "Statements to know the meeting");
        var draft = await StatementsApi.DraftAsync(secretariat, meeting, "JointStatement", "C5+USA Joint Statement on Critical Minerals",
            "The participants will map critical minerals.", "Участники составят карту критически важных минералов.");
        var statement = draft.GetProperty("id").GetGuid();

        // Kyrgyzstan's delegation, in Russian, reads the draft and amends the Russian text of version 1.
        var kyrgyzstan = await DelegationAsync("KGZ", $"/drafts/{statement}", inRussian: true);
        await Expect(kyrgyzstan.GetByRole(AriaRole.Region, new() { Name = "Предпросмотр, русский" })).ToContainTextAsync("карту критически важных минералов");
        await kyrgyzstan.GetByLabel("Текст на русском (с разметкой)").FillAsync("Участники составят общую карту критически важных минералов.");
        await kyrgyzstan.GetByLabel("Пояснение").FillAsync("Карта должна быть общей");
        await kyrgyzstan.GetByRole(AriaRole.Button, new() { Name = "Предложить поправку к тексту" }).ClickAsync();
        await Expect(kyrgyzstan.Locator("#amendments")).ToContainTextAsync("Предложена");
        await journey.CheckAsync(kyrgyzstan, "amendment-proposed-ru");

        // The pen holder accepts it (secretariat's desk in its browser); the delegation's open page and inbox hear the answer.
        var desk = await fixture.NewVisitorAsync();
        await desk.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString($"/secretariat/statements/{statement}")}");
        await desk.GetByLabel("Secretariat", new() { Exact = true }).CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Interactive(desk);
        var badge = kyrgyzstan.Locator("#inbox-count[data-loaded=true] .badge");
        var before = int.Parse((await badge.TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Accept the amendment of Kyrgyzstan" }).ClickAsync();
        await Expect(kyrgyzstan.Locator("#amendments")).ToContainTextAsync("Принята");
        await Expect(kyrgyzstan.Locator("#amendments")).ToContainTextAsync("стала версией 2");
        // Issue 19, point 8: without a reload, the reader follows the new version: its heading, selector and text, and
        // the compare lists offer it (the two latest chosen).
        await Expect(kyrgyzstan.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Текст версии 2" })).ToBeVisibleAsync();
        await Expect(kyrgyzstan.GetByLabel("Показана версия")).ToHaveValueAsync("2");
        await Expect(kyrgyzstan.GetByRole(AriaRole.Region, new() { Name = "Предпросмотр, русский" })).ToContainTextAsync("общую карту критически важных минералов");
        await Expect(kyrgyzstan.GetByLabel("Показана версия").Locator("option:checked")).ToContainTextAsync("Версия 2");
        await Expect(kyrgyzstan.GetByLabel("С версии")).ToHaveValueAsync("1");
        await Expect(kyrgyzstan.GetByLabel("По версию")).ToHaveValueAsync("2");
        await Expect(kyrgyzstan.GetByLabel("По версию").Locator("option")).ToHaveTextAsync(["1", "2"]);
        await Expect(kyrgyzstan.GetByLabel("Изменяемая версия")).ToHaveValueAsync("2");
        await Expect(kyrgyzstan.GetByLabel("Текст на русском (с разметкой)")).ToHaveValueAsync("Участники составят общую карту критически важных минералов.");
        await journey.CheckAsync(kyrgyzstan, "version-2-live-ru");
        // Issue 19, point 13: no English on the Russian page but what was typed (the draft's title and English text; signed
        // in without a name, the header names the delegation, not the account).
        await NoEnglishOnRussianPages.AssertAsync(kyrgyzstan, "C5+USA Joint Statement on Critical Minerals", "The participants will map critical minerals.");
        await kyrgyzstan.GetByRole(AriaRole.Button, new() { Name = "Сравнить" }).ClickAsync();
        await Expect(kyrgyzstan.Locator(".diff[lang=ru] ins")).ToContainTextAsync("общую карту");
        // The header's count went up by the answer, pushed to the open page once Scheduling stored it.
        await Expect(badge).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await kyrgyzstan.GotoAsync("/delegation");
        await Interactive(kyrgyzstan);
        // The message is written in the reader's language from the service's code and arguments (issue 19, point 13).
        await Expect(kyrgyzstan.Locator("#inbox")).ToContainTextAsync("Ваша поправка к «C5+USA Joint Statement on Critical Minerals» принята (версия 2).");
        await journey.CheckAsync(kyrgyzstan, "inbox-ru");
        // The header, the headings and this message (the rest of the inbox tells what other journeys typed in the shared host).
        await NoEnglishOnRussianPages.AssertAsync(kyrgyzstan.Locator(".site-header, main h1, main h2"));
        await Expect(kyrgyzstan.Locator(".signed-in")).ToContainTextAsync("Выполнен вход (Делегация: Кыргызстан)");
        await NoEnglishOnRussianPages.AssertAsync(kyrgyzstan.Locator("#inbox li").Filter(new() { HasText = "Critical Minerals" }), "C5+USA Joint Statement on Critical Minerals");

        // The text is put for adoption; the United States objects; the chair closes it (blocked) and issues a chairman's statement.
        // Kazakhstan puts the text for adoption from the agenda page: the item names the statement and its version.
        var kazakhstan = await DelegationAsync("KAZ", $"/meetings/{meeting}/agenda");
        await kazakhstan.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Adoption of a statement" });
        await kazakhstan.GetByLabel("Statement it adopts").SelectOptionAsync(new SelectOptionValue { Label = "C5+USA Joint Statement on Critical Minerals (Version 2)" });
        await kazakhstan.GetByLabel("Title of the item").FillAsync("Adoption of the joint statement on critical minerals");
        await kazakhstan.GetByLabel("Target layer").SelectOptionAsync(new SelectOptionValue { Label = "Ministers" });
        await kazakhstan.GetByRole(AriaRole.Button, new() { Name = "Propose the item" }).ClickAsync();
        await Expect(kazakhstan.GetByRole(AriaRole.Heading, new() { Name = "Adoption of the joint statement on critical minerals", Level = 3 })).ToBeVisibleAsync();
        var proposed = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("items")[0];
        Assert.Equal(statement, proposed.GetProperty("statementId").GetGuid());
        Assert.Equal(2, proposed.GetProperty("statementVersion").GetInt32());
        var item = proposed.GetProperty("id").GetGuid();
        await kazakhstan.Context.CloseAsync();
        await summit.ConveneAsync(meeting);
        await summit.AllAsync(item, "Concur", Five);
        var usa = await DelegationAsync("USA", $"/meetings/{meeting}/agenda");
        await RecordAsync(usa, item, "Object", "Not before our interagency review");
        var chairParty = await ChairOfAsync(meeting);
        var chair = await DelegationAsync(chairParty, $"/meetings/{meeting}/agenda");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = "Close the item: Adoption of the joint statement on critical minerals" }).ClickAsync();
        await Expect(Item(chair, item).GetByRole(AriaRole.Group, new() { Name = "Outcome if closed now: Adoption of the joint statement on critical minerals" }))
            .ToContainTextAsync("Blocked");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = "Confirm and close (Blocked): Adoption of the joint statement on critical minerals" }).ClickAsync();
        await Expect(chair.Locator($"#status-{item}")).ToHaveTextAsync("Blocked");
        await Expect(chair.Locator("#outcomes")).ToContainTextAsync("object 1");
        await Expect(chair.Locator("#outcomes")).ToContainTextAsync("Why: Objected by United States.");
        await Item(chair, item).GetByText("Issue a chairman's statement").ClickAsync();
        await Item(chair, item).GetByLabel("Title", new() { Exact = true }).FillAsync("Chairman's Statement on Critical Minerals");
        await Item(chair, item).GetByLabel("English text (Markdown)").FillAsync("The chair notes broad support for mapping critical minerals.");
        await Item(chair, item).GetByRole(AriaRole.Button, new() { Name = "Issue the chairman's statement" }).ClickAsync();
        await Expect(Item(chair, item).GetByRole(AriaRole.Status).Filter(new() { HasText = "Issued and adopted" })).ToContainTextAsync("Chairman's Statement on Critical Minerals");
        await journey.CheckAsync(chair, "chairmans-statement");
        var statements = await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/statements");
        Assert.Contains(statements.EnumerateArray(), s => s.GetProperty("kind").GetString() == "ChairmansStatement" && s.GetProperty("status").GetString() == "Adopted");
        foreach (var page in new[] { kyrgyzstan, desk, usa, chair })
        {
            await page.Context.CloseAsync();
        }
    }
}
