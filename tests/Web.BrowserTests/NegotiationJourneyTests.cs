using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.Statements.Tests;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 22, point 9: a text negotiated paragraph by paragraph on the negotiation page, with the pen holder and several
/// delegations in browsers at once. The meetings, the draft and the positions on the item are set up through the API;
/// every bracket, option, reservation, ad referendum, confirmation, the gate's refusal and the chairman's statement are
/// made or seen in a browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NegotiationJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static readonly Dictionary<string, string> English = new()
    {
        ["KAZ"] = "Kazakhstan", ["KGZ"] = "Kyrgyzstan", ["TJK"] = "Tajikistan", ["TKM"] = "Turkmenistan", ["UZB"] = "Uzbekistan",
    };

    private static Task Interactive(IPage page) => Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    private async Task<IPage> SignedInAsync(string? party, string returnUrl, bool inRussian = false)
    {
        var page = await fixture.NewVisitorAsync(inRussian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel(party is null ? (inRussian ? "Секретариат" : "Secretariat") : $"Delegation of {English[party]}", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = inRussian ? "Войти" : "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await Interactive(page);
        return page;
    }

    private static ILocator Paragraph(IPage page, string number) => page.Locator($"#paragraph-{number}");

    /// <summary>Opens the acts on a paragraph (a disclosure under it).</summary>
    private static async Task<ILocator> ActOnAsync(IPage page, string number)
    {
        var paragraph = Paragraph(page, number);
        if (await paragraph.Locator("details.para-acts").GetAttributeAsync("open") is null)
        {
            await paragraph.GetByText($"Act on {number}", new() { Exact = true }).ClickAsync();
        }

        return paragraph;
    }

    private static async Task<JsonElement> Api(HttpClient client, string path) => await client.GetFromJsonAsync<JsonElement>(path);

    private static readonly string[] DraftEnglish =
    [
        "The ministers welcome the regional dialogue on water and energy.",
        "The parties will keep the water allocation schedule of 2043.",
        "The parties agree to share hydrological data.",
        "The parties will meet annually in rotation.",
        "The parties support a joint fund for glacier monitoring.",
        "The secretariat will report on progress next year.",
    ];

    private static readonly string[] DraftRussian =
    [
        "Министры приветствуют региональный диалог по воде и энергетике.",
        "Стороны сохранят график вододеления 2043 года.",
        "Стороны договариваются обмениваться гидрологическими данными.",
        "Стороны будут встречаться ежегодно поочерёдно.",
        "Стороны поддерживают совместный фонд мониторинга ледников.",
        "Секретариат доложит о ходе работы в следующем году.",
    ];

    [Fact]
    public async Task The_officials_settle_a_six_paragraph_draft_the_gate_names_OP2_OP3_OP5_until_they_are_settled_the_ministers_adopt_and_the_PDF_reads_back()
    {
        var journey = new Journey("negotiation");
        var summit = new Summit(fixture.App.ClientAs);
        var secretariat = await fixture.App.Secretariat();
        // Years before every other journey's: an item another journey defers or sends up goes to a later meeting of the Council, never to these.
        var year = BrowserFixture.Year - 9;
        var officials = await summit.MeetingAsync("National Coordinators", Astana(year, 3, 10));
        var ministers = await summit.MeetingAsync("Council of Foreign Ministers", Astana(year, 4, 14));
        const string itemTitle = "Adoption of the joint statement on water";
        var id = (await StatementsApi.DraftAsync(secretariat, officials, "JointStatement", "Joint statement on water and energy",
            string.Join("\n\n", DraftEnglish), string.Join("\n\n", DraftRussian))).GetProperty("id").GetGuid();
        var item = await summit.ProposeAsync("SECRETARIAT", officials, itemTitle, "Ministers", "JointStatement", id);
        await summit.ConveneAsync(officials);

        // The pen holder (the secretariat) and three delegations have the text open, each in its own browser.
        var url = $"/drafts/{id}/paragraphs";
        var pen = await SignedInAsync(null, url);
        var (kazakhstan, turkmenistan) = (await SignedInAsync("KAZ", url), await SignedInAsync("TKM", url));
        await Expect(Paragraph(pen, "OP6")).ToContainTextAsync(DraftRussian[5]);
        await Expect(pen.Locator("#readiness")).ToContainTextAsync("clean");

        // OP3: two options, each with its sponsor.
        var op3 = await ActOnAsync(pen, "OP3");
        await op3.GetByText("Bracket OP3: words, options").ClickAsync();
        await op3.GetByLabel("Option A in English").FillAsync("The parties agree to share hydrological data in real time.");
        await op3.GetByLabel("Option A in Russian").FillAsync("Стороны договариваются обмениваться гидрологическими данными в реальном времени.");
        await op3.GetByLabel("Sponsor of option A").SelectOptionAsync(new SelectOptionValue { Label = "Kazakhstan" });
        await op3.GetByLabel("Option B in English").FillAsync("The parties agree to share hydrological data every month.");
        await op3.GetByLabel("Option B in Russian").FillAsync("Стороны договариваются ежемесячно обмениваться гидрологическими данными.");
        await op3.GetByLabel("Sponsor of option B").SelectOptionAsync(new SelectOptionValue { Label = "Uzbekistan" });
        await op3.GetByRole(AriaRole.Button, new() { Name = "Bracket OP3: words, options" }).ClickAsync();
        await Expect(op3.GetByRole(AriaRole.List, new() { Name = "Options for OP3" }).First).ToContainTextAsync("[Option B] The parties agree to share hydrological data every month. (sponsored by Uzbekistan)");

        // OP5 in brackets; Kazakhstan sees it live and enters a reservation on it, with a note for its own eyes.
        await (await ActOnAsync(pen, "OP5")).GetByRole(AriaRole.Button, new() { Name = "Bracket OP5" }).ClickAsync();
        await Expect(Paragraph(kazakhstan, "OP5").Locator("[data-status]")).ToHaveTextAsync("Bracketed");
        await Expect(Paragraph(kazakhstan, "OP3")).ToContainTextAsync("[Option A] The parties agree to share hydrological data in real time.");
        var op5 = await ActOnAsync(kazakhstan, "OP5");
        await op5.GetByLabel("Confidential note (optional)").FillAsync("The capital cannot fund the glaciers this year.");
        await op5.GetByRole(AriaRole.Button, new() { Name = "Enter a reservation on OP5" }).ClickAsync();
        await Expect(op5.GetByRole(AriaRole.List, new() { Name = "Reservations on OP5" })).ToContainTextAsync("Reservation: Kazakhstan · note: The capital cannot fund");
        // The secretariat reads the note; Turkmenistan sees the reservation (positions are seen in the meeting) but not the note.
        await Expect(Paragraph(pen, "OP5")).ToContainTextAsync("note: The capital cannot fund the glaciers this year.");
        await Expect(Paragraph(turkmenistan, "OP5")).ToContainTextAsync("Reservation: Kazakhstan");
        await Expect(Paragraph(turkmenistan, "OP5")).Not.ToContainTextAsync("glaciers this year");

        // OP2 agreed ad referendum: Turkmenistan's capital confirms by a date.
        var op2 = await ActOnAsync(pen, "OP2");
        await op2.GetByLabel("State whose capital confirms").SelectOptionAsync(new SelectOptionValue { Label = "Turkmenistan" });
        var by = DateTime.UtcNow.AddDays(3);
        await op2.GetByLabel("Capital confirms by (date, UTC)").FillAsync(by.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await op2.GetByRole(AriaRole.Button, new() { Name = "Agree ad referendum: OP2" }).ClickAsync();
        await Expect(Paragraph(turkmenistan, "OP2").Locator("[data-status]")).ToContainTextAsync("Agreed ad referendum: Turkmenistan to confirm by");
        await Expect(pen.Locator("#readiness")).ToHaveTextAsync("held back by OP2, OP3, OP5");
        await Expect(pen.Locator("#open-brackets")).ToHaveTextAsync("Senior officials: 2");
        await journey.CheckAsync(pen, "pen-holder");

        // The filters: open paragraphs only; where my state has a reservation (Kazakhstan, on a phone).
        await pen.GetByLabel("Open paragraphs only").CheckAsync();
        await Expect(pen.Locator("article.paragraph")).ToHaveCountAsync(3);
        await pen.GetByLabel("Open paragraphs only").UncheckAsync();
        await kazakhstan.SetViewportSizeAsync(390, 844);
        await kazakhstan.GetByLabel("Where Kazakhstan has a reservation").CheckAsync();
        await Expect(kazakhstan.Locator("article.paragraph")).ToHaveCountAsync(1);
        await Expect(kazakhstan.Locator("article.paragraph")).ToHaveAttributeAsync("data-paragraph", "OP5");
        await journey.CheckAsync(kazakhstan, "kazakhstan-phone");

        // Every state concurs, but the gate refuses the chair's desk the decision and names the open paragraphs.
        await summit.AllAsync(item, "Concur", Five);
        await Eventually.Until(async () =>
        {
            using var refused = await secretariat.PostAsync($"/api/agenda-items/{item}/decision/preview", null);
            return refused.StatusCode == HttpStatusCode.Conflict && (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs").GetArrayLength() == 3;
        }, TimeSpan.FromSeconds(30), "Consensus's copy of the text's last readiness");
        var desk = await SignedInAsync(null, $"/meetings/{officials}/agenda");
        await desk.GetByRole(AriaRole.Button, new() { Name = $"Close the item: {itemTitle}" }).ClickAsync();
        var refusal = desk.Locator($"#article-{item}").GetByRole(AriaRole.Alert);
        await Expect(refusal).ToContainTextAsync("The text cannot be put to the decision while these paragraphs are open: OP2, OP3, OP5.");
        await journey.CheckAsync(desk, "gate-refuses");
        await refusal.GetByRole(AriaRole.Link, new() { Name = "Settle the paragraphs" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        await desk.Context.CloseAsync();

        // Settled: Tajikistan's support aside, the pen holder chooses option B, lifts the bracket; Turkmenistan's capital confirms.
        await (await ActOnAsync(pen, "OP3")).GetByRole(AriaRole.Button, new() { Name = "Choose option B for OP3" }).ClickAsync();
        await Expect(Paragraph(pen, "OP3")).ToContainTextAsync("every month");
        await (await ActOnAsync(pen, "OP5")).GetByRole(AriaRole.Button, new() { Name = "Agree OP5" }).ClickAsync();
        await (await ActOnAsync(turkmenistan, "OP2")).GetByRole(AriaRole.Button, new() { Name = "Our capital confirms OP2" }).ClickAsync();
        await Expect(pen.Locator("#readiness")).ToContainTextAsync("clean");
        await Expect(Paragraph(kazakhstan, "OP5").Locator("[data-status]")).ToHaveTextAsync("Agreed");
        await Expect(Paragraph(pen, "OP2").Locator("[data-status]")).ToContainTextAsync("confirmed by Turkmenistan");

        // What changed, paragraph by paragraph: OP3 in version 2 against version 1.
        await pen.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        var changed = pen.GetByRole(AriaRole.List, new() { Name = "Changes from version 1 to version 2" });
        await Expect(changed.Locator("li[data-paragraph=OP3] ins").First).ToContainTextAsync("every month");
        await Expect(changed.Locator("li")).ToHaveCountAsync(1);
        await journey.CheckAsync(pen, "settled-and-compared");

        // The officials pass it up; the ministers adopt it on the chair's desk.
        await Eventually.Until(async () => (await secretariat.PostAsync($"/api/agenda-items/{item}/decision", null)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the officials' decision once the gate's copy is clean");
        await summit.ConveneAsync(ministers);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item before the ministers");
        await summit.AllAsync(item, "Concur", Five);
        await pen.GotoAsync($"/meetings/{ministers}/agenda");
        await Interactive(pen);
        await pen.GetByRole(AriaRole.Button, new() { Name = $"Close the item: {itemTitle}" }).ClickAsync();
        await pen.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($@"^Confirm and close \(Adopted\): {Regex.Escape(itemTitle)}$") }).ClickAsync();
        await StatementsApi.WaitAsync(secretariat, id, s => s.Status() == "Adopted", "the text adopted by the ministers");

        // The official text as a PDF, downloaded in the pen holder's session from the page and read back.
        await pen.GotoAsync(url);
        await Interactive(pen);
        var href = await pen.GetByRole(AriaRole.Link, new() { Name = "Version 2 as PDF" }).GetAttributeAsync("href");
        var download = await pen.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        var pdf = await download.BodyAsync();
        Poppler.Keep("negotiation.pdf", pdf);
        var text = await Poppler.FlatTextAsync(pdf);
        foreach (var number in new[] { "OP1", "OP2", "OP3", "OP4", "OP5", "OP6" })
        {
            Assert.Contains(number, text);
        }

        Assert.Contains("The parties agree to share hydrological data every month.", text);
        Assert.Contains("Стороны договариваются ежемесячно обмениваться гидрологическими данными.", text);
        Assert.DoesNotContain("in real time", text);
        foreach (var page in new[] { pen, kazakhstan, turkmenistan })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task In_Russian_a_state_keeps_its_bracket_and_the_meeting_desk_issues_a_chairmans_statement_of_the_agreed_paragraphs()
    {
        var journey = new Journey("negotiation-ru");
        var summit = new Summit(fixture.App.ClientAs);
        var secretariat = await fixture.App.Secretariat();
        var year = BrowserFixture.Year - 8;
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", Astana(year, 5, 20));
        string[] english = ["The ministers welcome the new railway corridor.", "The parties will lift all transit fees by 2050.", "The ministers will meet again next year."];
        string[] russian = ["Министры приветствуют новый железнодорожный коридор.", "Стороны отменят все транзитные сборы к 2050 году.", "Министры вновь встретятся в следующем году."];
        var id = (await StatementsApi.DraftAsync(secretariat, meeting, "JointStatement", "Joint statement on transport",
            string.Join("\n\n", english), string.Join("\n\n", russian))).GetProperty("id").GetGuid();
        var op2 = (await Api(secretariat, $"/api/statements/{id}/paragraphs")).GetProperty("paragraphs")[1].GetProperty("id").GetGuid();
        await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs/{op2}/status", new { status = "Bracketed" }), HttpStatusCode.OK);
        await StatementsApi.Created(await (await summit.Delegation("KGZ")).PutAsJsonAsync($"/api/statements/{id}/paragraphs/{op2}/reservations/KGZ",
            new { note = "Транзитные сборы — вопрос парламента." }), HttpStatusCode.OK);

        // The secretariat reads the text in Russian: OP2 in brackets, Kyrgyzstan's reservation, what holds the text back.
        var url = $"/drafts/{id}/paragraphs";
        var page = await SignedInAsync(null, url, inRussian: true);
        await Expect(Paragraph(page, "OP2").Locator("[data-status]")).ToHaveTextAsync("В скобках");
        await Expect(Paragraph(page, "OP2")).ToContainTextAsync("Оговорка: Кыргызстан · примечание: Транзитные сборы — вопрос парламента.");
        await Expect(page.Locator("#readiness")).ToHaveTextAsync("задерживают пункты OP2");
        await NoEnglishOnRussianPages.AssertAsync(page.Locator("main"), [.. english, "Joint statement on transport"]);
        await journey.CheckAsync(page, "negotiation-ru");
        // The pen holder's acts on OP2, in Russian (the options' letters are the service's labels, A and B).
        await Paragraph(page, "OP2").GetByText("Действия по OP2", new() { Exact = true }).ClickAsync();
        await Paragraph(page, "OP2").GetByText("Взять в скобки OP2: слова, варианты").ClickAsync();
        await Expect(Paragraph(page, "OP2").GetByLabel("Вариант B на русском")).ToBeVisibleAsync();
        await NoEnglishOnRussianPages.AssertAsync(page.Locator("main"), [.. english, "Joint statement on transport", "A", "B"]);
        await page.SetViewportSizeAsync(390, 844);
        await journey.CheckAsync(page, "negotiation-ru-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // The meeting ends without the text: Kyrgyzstan would not lift its bracket.
        await summit.ConveneAsync(meeting);
        (await secretariat.PostAsync($"/api/meetings/{meeting}/conclude", null)).EnsureSuccessStatusCode();
        await StatementsApi.WaitAsync(secretariat, id, s => s.GetProperty("mayIssueChairmansStatement").GetBoolean(), "the text not adopted");

        // The meeting's desk offers the chairman's statement from what was agreed; OP2 left out and said why.
        await page.GotoAsync($"/secretariat/meetings/{meeting}");
        await Interactive(page);
        await page.GetByText("Выпустить заявление председателя: Joint statement on transport").ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Выпустить заявление председателя" });
        await Expect(form).ToContainTextAsync("Не вошли, так как не согласованы:");
        await Expect(form.Locator("ul.left-out")).ToHaveTextAsync("OP2: в скобках");
        await Expect(form.GetByLabel("Текст на английском (с разметкой)")).ToHaveValueAsync($"{english[0]}\n\n{english[2]}");
        await Expect(form.GetByLabel("Текст на русском (с разметкой)")).ToHaveValueAsync($"{russian[0]}\n\n{russian[2]}");
        await form.GetByLabel("Название", new() { Exact = true }).FillAsync("Заявление председателя о транспорте");
        await journey.CheckAsync(page, "chairmans-from-agreed");
        await form.GetByRole(AriaRole.Button, new() { Name = "Выпустить заявление председателя" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Выпущено и принято" })).ToContainTextAsync("Заявление председателя о транспорте");

        // Its record says which version and paragraphs it came from.
        var issued = (await Api(secretariat, $"/api/meetings/{meeting}/statements")).EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "ChairmansStatement");
        var built = (await Api(secretariat, $"/api/statements/{issued.GetProperty("id").GetGuid()}")).GetProperty("builtFrom");
        Assert.Equal(1, built.GetProperty("version").GetInt32());
        Assert.Equal(2, built.GetProperty("paragraphs").GetArrayLength());
        await page.Context.CloseAsync();
    }
}
