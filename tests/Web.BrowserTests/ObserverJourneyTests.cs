using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>Issue 10, section 6: what an observer does on the public site, found by role and label as a person would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ObserverJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private const string JointTitle = "Dushanbe Joint Statement of the Heads of State of Central Asia";

    [Fact]
    public async Task An_observer_searches_reads_a_statement_in_Russian_follows_commitments_of_a_party_and_subscribes_to_the_calendar()
    {
        var journey = new Journey("observer");
        var page = await fixture.NewVisitorAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Central Asia: statements, commitments and meetings");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = JointTitle })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "home");

        // Search: the words, the year and the kind, through the form.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Statements", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statements", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Words").FillAsync("water energy");
        await page.GetByLabel("Year").FillAsync(BrowserFixture.Year.ToString());
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Joint statement" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?q=water"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Statements found: 1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dushanbe C5+USA" })).ToHaveCountAsync(0);
        await journey.CheckAsync(page, "search");

        // The statement page: text, meeting, signatories by name, consensus, hash, commitments, its JSON.
        await page.GetByRole(AriaRole.Link, new() { Name = JointTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/statements/{fixture.Result.Slug}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(JointTitle);
        await Expect(page.GetByText("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan")).ToBeVisibleAsync();
        await Expect(page.GetByText("Adopted by consensus")).ToBeVisibleAsync();
        await Expect(page.GetByText($"14 September {BrowserFixture.Year}")).ToBeVisibleAsync();
        await Expect(page.GetByText("regional water and energy cooperation")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "This statement as JSON" })).ToHaveAttributeAsync("href", $"/public/statements/{fixture.Result.Slug}");
        await journey.CheckAsync(page, "statement");

        // Russian: title, labels, dates and party names in Russian; the address stays.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page).ToHaveURLAsync(new Regex($"/statements/{fixture.Result.Slug}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Душанбинское совместное заявление");
        await Expect(page.GetByText("Подписавшие")).ToBeVisibleAsync();
        await Expect(page.GetByText("Принято консенсусом")).ToBeVisibleAsync();
        await Expect(page.GetByText($"14 сентября {BrowserFixture.Year}")).ToBeVisibleAsync();
        await Expect(page.GetByText("Казахстан, Кыргызстан, Таджикистан, Туркменистан, Узбекистан")).ToBeVisibleAsync();
        await journey.CheckAsync(page, "statement-ru");

        // The commitments tracker, filtered by one party (still in Russian: the choice is kept).
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основное меню" }).GetByRole(AriaRole.Link, new() { Name = "Обязательства" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Отслеживание обязательств", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Государство или партнёр").SelectOptionAsync(new SelectOptionValue { Label = "Кыргызстан" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("party=KGZ"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Обязательства: Кыргызстан" })).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(rows.Filter(new() { HasText = "Кыргызстан" }).First).ToBeVisibleAsync();
        // The statement is named by its Russian title on the Russian page (issue 19.13).
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Душанбинское совместное заявление" }).First)
            .ToHaveAttributeAsync("href", $"/statements/{fixture.Result.Slug}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = JointTitle })).ToHaveCountAsync(0);
        await journey.CheckAsync(page, "commitments-ru");

        // The public calendar: the list view of the summit's month, and the webcal: subscription.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основное меню" }).GetByRole(AriaRole.Link, new() { Name = "Календарь" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Открытый календарь", Level = 1 })).ToBeVisibleAsync();
        var subscribe = page.GetByRole(AriaRole.Link, new() { Name = "Подписаться в своём календаре" });
        await Expect(subscribe).ToHaveAttributeAsync("href", new Regex(@"^webcal://127\.0\.0\.1:\d+/public/calendar\.ics$"));
        // The month it opens on (today's) has no meeting: not a dead end, it names the next announced one and links to its month.
        var russianTitle = fixture.AnnouncedTitle.Replace("Consultative Meeting of the Heads of State of Central Asia", "Консультативная встреча глав государств Центральной Азии")
            .Replace("Dushanbe", "Душанбе");
        await Expect(page.GetByText("В этом месяце объявленных встреч нет.")).ToBeVisibleAsync();
        var nearest = page.Locator("#nearest-meeting");
        await Expect(nearest).ToHaveTextAsync($"Следующая объявленная встреча: {russianTitle}, 28 сентября {BrowserFixture.Year} г.");
        await Expect(nearest).ToHaveAttributeAsync("href", $"/calendar?view=month&month={BrowserFixture.Year}-09");
        // The month field names its months in the page's language (a browser draws <input type=month> in its own).
        await page.GetByLabel("Месяц", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = $"Сентябрь {BrowserFixture.Year} г." });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"Сентябрь {BrowserFixture.Year} г.", Exact = true })).ToBeVisibleAsync();
        // The generated title written in Russian (the body's and the city's Russian names).
        await Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasText = russianTitle })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "calendar-month-ru");
        await page.GetByLabel("Вид").SelectOptionAsync(new SelectOptionValue { Label = "Список" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Когда (местное время)" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"28 сентября {BrowserFixture.Year} г., 10:00 (UTC+5)")).ToBeVisibleAsync();
        // The list holds the recorded Consultative Meetings too; the announced one's row names its body in Russian.
        var announced = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"28 сентября {BrowserFixture.Year} г." });
        await Expect(announced.GetByText("Консультативная встреча глав государств Центральной Азии").First).ToBeVisibleAsync();
        await journey.CheckAsync(page, "calendar-list-ru");

        // What the subscription link points at is the calendar a calendar application reads.
        var ics = await page.APIRequest.GetAsync("/public/calendar.ics");
        Assert.Equal(200, ics.Status);
        Assert.Contains("BEGIN:VCALENDAR", await ics.TextAsync());
        Assert.Equal(7, journey.Checks);
    }

    [Fact]
    public async Task A_statement_without_Russian_text_says_so_in_Russian_and_shows_the_English()
    {
        var journey = new Journey("observer-no-russian");
        var page = await fixture.NewVisitorAsync("ru-RU,ru;q=0.9");
        await page.GotoAsync($"/statements/{fixture.Result.ChairmansSlug}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByText("У этого заявления нет текста на русском языке. Ниже приведён текст на языке: English.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Консенсус не достигнут")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Язык" }).GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
        // The statement offers its English text (its only one) by the language's own name.
        await Expect(page.GetByRole(AriaRole.Main).GetByText("English", new() { Exact = true }).First).ToBeVisibleAsync();
        await journey.CheckAsync(page, "chairmans-ru");
    }

    [Fact]
    public async Task An_observer_follows_a_treaty_from_the_menu_to_its_status_table_in_Russian()
    {
        var journey = new Journey("treaty");
        var page = await fixture.NewVisitorAsync("ru-RU,ru;q=0.9");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основное меню" }).GetByRole(AriaRole.Link, new() { Name = "Договоры" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Договоры и соглашения: статус", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "instruments-ru");
        await page.GetByRole(AriaRole.Link, new() { Name = "Договор о региональном водном сотрудничестве" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Договор о региональном водном сотрудничестве", Level = 1 })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table);
        var kazakhstan = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Казахстан" }) });
        await Expect(kazakhstan).ToContainTextAsync("20 мая 2023 г.");
        await Expect(kazakhstan).ToContainTextAsync("15 января 2024 г.");
        await Expect(kazakhstan).ToContainTextAsync("с 31 марта 2024 г.");
        var turkmenistan = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Туркменистан" }) });
        await Expect(turkmenistan).ToContainTextAsync("1 сентября 2023 г.");
        await Expect(page.GetByText("после 3 ратификаций")).ToBeVisibleAsync();
        await journey.CheckAsync(page, "instrument-status-ru");
    }
}
