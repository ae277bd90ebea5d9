namespace SummitCoordination.Web.BrowserTests;

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 19, point 11, in English and in Russian: an agenda item added from the meeting's own page (the secretariat's
/// meeting page, a delegation's agenda page) with each refusal next to its field, the other states told in their inbox
/// in their language; and a meeting already held recorded on its own page, reached from the console and from the schedule
/// form's refusal of a past start. Each step is looked at on a phone, a tablet and a laptop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingPageJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private static readonly int[] Widths = [390, 768, 1280];

    /// <summary>Signs in as the one chosen on the development sign-in page (its label in the page's language) and waits for the page asked for to answer.</summary>
    private async Task<IPage> AsAsync(string who, string returnUrl, bool russian, string? name = null)
    {
        var page = await fixture.NewVisitorAsync(russian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel(who, new() { Exact = true }).CheckAsync();
        if (name is not null)
        {
            await page.GetByLabel(russian ? "Ваше имя (необязательно)" : "Your name (optional)").FillAsync(name);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = russian ? "Войти" : "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>The page as it is now at each width: nothing wider than the screen, axe content, a screenshot kept; back to a laptop's width.</summary>
    private static async Task AtEveryWidthAsync(IPage page, Journey journey, string what)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, width < 700 ? 844 : 1024);
            var wide = await page.EvaluateAsync<string[]>("() => { const w = document.documentElement.clientWidth; return document.documentElement.scrollWidth > w ? [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > w + 1 && e.children.length === 0).slice(0, 4).map(e => `${e.tagName}#${e.id}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`) : []; }");
            Assert.True(wide.Length == 0, $"{what} at {width} px: wider than the screen: {string.Join(", ", wide)}");
            await journey.CheckAsync(page, $"{what}-{width}");
        }
    }

    /// <summary>What the test support typed for a meeting (its venue, heads of delegation), which a Russian page shows as typed.</summary>
    private async Task<string[]> TypedForAsync(Guid meeting)
    {
        var m = await (await fixture.App.Secretariat()).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/meetings/{meeting}");
        return [m.GetProperty("venue").GetString()!, "secretariat-staff", .. m.GetProperty("delegations").EnumerateArray().Select(d => d.GetProperty("headName").GetString() ?? "")];
    }

    [Theory, InlineData("en"), InlineData("ru")]
    public async Task Items_are_added_on_the_meeting_s_own_page_refused_by_field_and_every_other_state_hears_of_them_in_its_language(string language)
    {
        var ru = language == "ru";
        var journey = new Journey($"add-item-{language}");
        var summit = new Summit(fixture.App.ClientAs);
        var year = BrowserFixture.Year + (ru ? 31 : 30);
        // The national coordinators: a ministers' meeting this far ahead would be the "next meeting" another journey defers an item to.
        var meeting = await summit.MeetingAsync("National Coordinators", new DateTimeOffset(year, 3, 4, 10, 0, 0, TimeSpan.FromHours(5)));
        var typed = await TypedForAsync(meeting);

        // The secretariat, on the meeting's page: the form is there, below the agenda, with the body's deadline for items.
        var desk = await AsAsync(Say("Secretariat", "Секретариат"), $"/secretariat/meetings/{meeting}", ru, "Aru Planner");
        var form = desk.Locator("#propose");
        await Expect(form.GetByRole(AriaRole.Heading, new() { Name = Say("Propose an item", "Предложить пункт"), Level = 2 })).ToBeVisibleAsync();
        await Expect(desk.Locator("#propose-deadline")).ToContainTextAsync(Say("Items are due by", "Пункты принимаются до"));
        // A meeting of senior officials: an item targets them or a layer above, never the working groups below.
        await Expect(form.GetByLabel(Say("Target layer", "Целевой уровень")).Locator("option"))
            .ToHaveTextAsync([Say("Senior officials", "Старшие должностные лица"), Say("Ministers", "Министры"), Say("Heads of state", "Главы государств")]);

        // Proposed without a title: refused next to the title, in the page's language.
        var propose = form.GetByRole(AriaRole.Button, new() { Name = Say("Propose the item", "Предложить пункт повестки") });
        await propose.ClickAsync();
        await Expect(desk.Locator("#p-title-error")).ToHaveTextAsync(Say("Give a title of up to 300 characters.", "Укажите название длиной до 300 знаков."));
        await Expect(form.GetByLabel(Say("Title of the item", "Название пункта"))).ToHaveAttributeAsync("aria-invalid", "true");
        await AtEveryWidthAsync(desk, journey, "desk-refused");

        var secretariatItem = Say("Transit corridors to the sea", "Транспортные коридоры к морю");
        await form.GetByLabel(Say("Title of the item", "Название пункта")).FillAsync(secretariatItem);
        await form.GetByLabel(Say("Text of the item", "Текст пункта")).FillAsync(Say("Open two corridors by 2030.", "Открыть два коридора к 2030 году."));
        await propose.ClickAsync();
        await Expect(desk.Locator("#propose-done")).ToHaveTextAsync(Say($"Added to the agenda: {secretariatItem}.", $"Добавлено в повестку: {secretariatItem}."));
        await Expect(desk.Locator("#agenda > li").Filter(new() { HasText = secretariatItem })).ToHaveCountAsync(1);
        await Expect(desk.Locator("#p-title-error")).ToHaveCountAsync(0);
        await Expect(form.GetByLabel(Say("Title of the item", "Название пункта"))).ToHaveValueAsync("");
        await AtEveryWidthAsync(desk, journey, "desk-added");
        if (ru)
        {
            await NoEnglishOnRussianPages.AssertAsync(desk, [.. typed, "Aru Planner"]);
        }

        // Kyrgyzstan's delegation, on its agenda page: a text too long is refused next to the text; then the item is on the agenda.
        var kyrgyzstan = await AsAsync(Say("Delegation of Kyrgyzstan", "Делегация: Кыргызстан"), $"/meetings/{meeting}/agenda", ru);
        var delegationItem = Say("River gauge data for the Aral basin", "Данные гидропостов бассейна Арала");
        await kyrgyzstan.GetByLabel(Say("Title of the item", "Название пункта")).FillAsync(delegationItem);
        await kyrgyzstan.GetByLabel(Say("Text of the item", "Текст пункта")).FillAsync(new string('в', 20_001));
        await kyrgyzstan.GetByRole(AriaRole.Button, new() { Name = Say("Propose the item", "Предложить пункт повестки") }).ClickAsync();
        await Expect(kyrgyzstan.Locator("#p-text-error")).ToHaveTextAsync(Say("The text of the item is up to 20,000 characters.", "Текст пункта — не более 20 000 знаков."));
        await AtEveryWidthAsync(kyrgyzstan, journey, "agenda-refused");
        await kyrgyzstan.GetByLabel(Say("Text of the item", "Текст пункта")).FillAsync(Say("Share river gauges daily.", "Ежедневно обмениваться данными гидропостов."));
        await kyrgyzstan.GetByRole(AriaRole.Button, new() { Name = Say("Propose the item", "Предложить пункт повестки") }).ClickAsync();
        await Expect(kyrgyzstan.GetByRole(AriaRole.Heading, new() { Name = delegationItem, Level = 3 })).ToBeVisibleAsync();
        await Expect(kyrgyzstan.Locator("#p-text-error")).ToHaveCountAsync(0);
        await AtEveryWidthAsync(kyrgyzstan, journey, "agenda-added");
        if (ru)
        {
            await NoEnglishOnRussianPages.AssertAsync(kyrgyzstan, typed);
        }

        // Uzbekistan hears of both items in its inbox, in its language (the meeting's generated title in Russian too).
        var title = (await (await fixture.App.Secretariat()).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/meetings/{meeting}")).GetProperty("title").GetString()!;
        var shownTitle = ru ? title.Replace("National Coordinators", "Национальные координаторы").Replace("Astana", "Астана") : title;
        var uzbekistan = await AsAsync(Say("Delegation of Uzbekistan", "Делегация: Узбекистан"), "/delegation", ru);
        var inbox = uzbekistan.Locator("#inbox li");
        foreach (var item in new[] { secretariatItem, delegationItem })
        {
            await Expect(inbox.Filter(new() { HasText = item })).ToContainTextAsync(Say($"An item was added to the agenda of '{shownTitle}': '{item}'.",
                $"В повестку встречи «{shownTitle}» добавлен пункт «{item}»."));
        }

        await Expect(inbox.Filter(new() { HasText = delegationItem })).ToContainTextAsync(Say("Item added to the agenda", "Пункт добавлен в повестку"));
        await AtEveryWidthAsync(uzbekistan, journey, "inbox");
        if (ru)
        {
            // The header, the headings and these messages (the rest of the inbox tells what other journeys typed in the shared host).
            await NoEnglishOnRussianPages.AssertAsync(uzbekistan.Locator(".site-header, main h1, main h2"));
            await NoEnglishOnRussianPages.AssertAsync(inbox.Filter(new() { HasText = shownTitle }));
        }

        // Kyrgyzstan is told of the secretariat's item, not of its own (both reached every inbox with Uzbekistan's).
        await kyrgyzstan.GotoAsync("/delegation");
        var ours = kyrgyzstan.Locator("#inbox li").Filter(new() { HasText = shownTitle });
        await Expect(ours.Filter(new() { HasText = secretariatItem })).ToHaveCountAsync(1);
        await Expect(ours.Filter(new() { HasText = delegationItem })).ToHaveCountAsync(0);
        foreach (var page in new[] { desk, kyrgyzstan, uzbekistan })
        {
            await page.Context.CloseAsync();
        }

        string Say(string english, string russian) => ru ? russian : english;
    }

    [Theory, InlineData("en"), InlineData("ru")]
    public async Task A_meeting_already_held_is_recorded_on_its_own_page_reached_from_the_console_and_from_the_refusal_of_a_past_start(string language)
    {
        var ru = language == "ru";
        var journey = new Journey($"record-held-{language}");
        var year = ru ? 2020 : 2019;
        var body = Say("Working Group on Transport and Connectivity", "Рабочая группа по транспорту и взаимосвязанности");
        var venue = Say("Palace of International Forums", "Дворец международных форумов");

        // The console links to the page.
        var page = await AsAsync(Say("Secretariat", "Секретариат"), "/secretariat", ru, "Aru Planner");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Say("Record a meeting already held", "Записать состоявшуюся встречу") }))
            .ToHaveAttributeAsync("href", "/secretariat/meetings/record-held");

        // The schedule form refuses a start in the past and links to the record, carrying over what was typed.
        await page.GetByRole(AriaRole.Link, new() { Name = Say("Schedule a meeting", "Назначить встречу") }).ClickAsync();
        // The console's own marker says "interactive" until the new page replaces it: wait for the form's page first, or the
        // body would be typed into its prerendered copy, which the circuit's first render then replaces (CI, 2026-12-04).
        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/new$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Say("Schedule a meeting", "Назначение встречи"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        // The bodies are loaded (the datalist filled) before typing: a page still loading may redraw the field.
        await Expect(page.Locator("#bodies option").First).ToBeAttachedAsync();
        await page.GetByLabel(Say("Body (type to search)", "Орган (начните вводить название)")).FillAsync(body);
        await page.GetByLabel(Say("Body (type to search)", "Орган (начните вводить название)")).BlurAsync();
        await page.GetByLabel(Say("Host state", "Принимающая сторона")).SelectOptionAsync(new SelectOptionValue { Label = Say("Uzbekistan", "Узбекистан") });
        await page.GetByLabel(Say("Venue", "Место проведения"), new() { Exact = true }).FillAsync(venue);
        await page.GetByLabel(Say("Start (local time of the venue)", "Начало (местное время)")).FillAsync($"{year}-05-14T10:00");
        await page.GetByLabel(Say("Start (local time of the venue)", "Начало (местное время)")).BlurAsync();
        var past = page.GetByRole(AriaRole.Link, new() { Name = Say("record it as held", "запишите её как состоявшуюся") });
        await Expect(page.GetByText(Say("The start is in the past", "Начало уже прошло"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Say("Schedule the meeting", "Назначить встречу") })).ToBeDisabledAsync();
        await past.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/record-held\\?"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Say("Record a meeting already held", "Запись состоявшейся встречи"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel(Say("Body (type to search)", "Орган (начните вводить название)"))).ToHaveValueAsync(body);
        await Expect(page.GetByLabel(Say("Venue", "Место проведения"), new() { Exact = true })).ToHaveValueAsync(venue);
        await Expect(page.GetByLabel(Say("Start (local time of the venue)", "Начало (местное время)"))).ToHaveValueAsync($"{year}-05-14T10:00");
        await Expect(page.GetByLabel(Say("End (local time of the venue)", "Окончание (местное время)"))).ToHaveValueAsync($"{year}-05-14T13:00");
        await Expect(page.Locator("#held-chair")).ToContainTextAsync(Say("Chaired by", "Председатель:"));
        await Expect(page.GetByLabel(Say("Head of delegation of Kazakhstan", "Глава делегации: Казахстан"))).ToHaveAttributeAsync("placeholder", Say("Not yet named", "Ещё не назначен"));
        var recordPage = page.Url;

        // A meeting still ahead is no meeting held: the page says so and links to the schedule form instead.
        var start = page.GetByLabel(Say("Start (local time of the venue)", "Начало (местное время)"));
        var end = page.GetByLabel(Say("End (local time of the venue)", "Окончание (местное время)"));
        await start.FillAsync($"{DateTime.UtcNow.Year + 1}-01-10T10:00");
        await start.BlurAsync();
        await Expect(end).ToHaveValueAsync($"{DateTime.UtcNow.Year + 1}-01-10T13:00");
        await Expect(page.Locator("#not-over")).ToContainTextAsync(Say("This meeting has not ended yet", "Эта встреча ещё не закончилась"));
        await Expect(page.Locator("#not-over").GetByRole(AriaRole.Link, new() { Name = Say("Schedule it instead", "Назначить её") }))
            .ToHaveAttributeAsync("href", new Regex("^/secretariat/meetings/new\\?.*venue="));
        var save = page.GetByRole(AriaRole.Button, new() { Name = Say("Record the meeting as held", "Записать встречу как состоявшуюся") });
        await Expect(save).ToBeDisabledAsync();
        await start.FillAsync($"{year}-05-14T10:00");
        await start.BlurAsync();
        // Each time is taken by the page before the next is typed: its day, written under it in the page's language.
        var culture = System.Globalization.CultureInfo.GetCultureInfo(ru ? "ru-RU" : "en-GB");
        string Echo(int hour) => $"{new DateOnly(year, 5, 14).ToString("dddd", culture)}, {Say($"14 May {year}", $"14 мая {year} г.")}, {hour}:00";
        await Expect(page.Locator("#start-echo")).ToHaveTextAsync(Echo(10));
        await end.FillAsync($"{year}-05-14T13:00");
        await end.BlurAsync();
        await Expect(page.Locator("#end-echo")).ToHaveTextAsync(Echo(13));
        await Expect(page.Locator("#not-over")).ToHaveCountAsync(0);
        var source = Say($"Joint press release of the working group, 14 May {year}", $"Совместный пресс-релиз рабочей группы от 14 мая {year} г.");
        await page.GetByLabel(Say("Source of the record (optional)", "Источник сведений (необязательно)")).FillAsync(source);
        await Expect(save).ToBeEnabledAsync();
        // The end's refusal while it was a year after the start is gone with the answer to the latest change.
        await Expect(page.Locator("#end-error")).ToHaveCountAsync(0);
        await AtEveryWidthAsync(page, journey, "form");
        if (ru)
        {
            await NoEnglishOnRussianPages.AssertAsync(page, "Aru Planner");
        }

        // Recorded: the meeting's page, concluded at once, says so.
        await save.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/[0-9a-f-]{36}\\?recorded=held$"));
        await Expect(page.Locator("#recorded")).ToHaveTextAsync(Say("Recorded as held. The meeting is concluded; no reminder or deadline runs for it.",
            "Встреча записана как состоявшаяся. Она завершена; напоминания и сроки для неё не действуют."));
        await Expect(page.Locator("#meeting-status")).ToHaveTextAsync(Say("Concluded", "Завершена"));
        await Expect(page.GetByText(Say("Recorded as held", "Записана как состоявшаяся"), new() { Exact = true })).ToBeVisibleAsync();
        var id = Guid.Parse(new Regex("[0-9a-f-]{36}").Match(page.Url).Value);
        var recorded = await (await fixture.App.Secretariat()).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/meetings/{id}");
        Assert.Equal("Concluded", recorded.GetProperty("status").GetString());
        Assert.Equal("UZB", recorded.GetProperty("hostParty").GetString());
        var history = await (await fixture.App.Secretariat()).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/meetings/{id}/history");
        Assert.Contains(history.EnumerateArray(), c => c.GetProperty("detail").GetString()?.Contains($"source: {source}") == true);
        await AtEveryWidthAsync(page, journey, "recorded");
        if (ru)
        {
            await NoEnglishOnRussianPages.AssertAsync(page, venue, source, "Aru Planner");
        }

        // The same meeting again: refused next to its start, in the page's language.
        await page.GotoAsync(recordPage);
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#held-chair")).ToBeVisibleAsync();
        await save.ClickAsync();
        await Expect(page.Locator("#start-error")).ToHaveTextAsync(Say("This body already has a meeting recorded as held at that time.",
            "У этого органа на это время уже записана состоявшаяся встреча."));
        await Expect(start).ToHaveAttributeAsync("aria-invalid", "true");
        await AtEveryWidthAsync(page, journey, "refused");
        await page.Context.CloseAsync();

        string Say(string english, string russian) => ru ? russian : english;
    }
}
