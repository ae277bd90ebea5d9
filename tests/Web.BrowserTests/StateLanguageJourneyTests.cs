using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 24, point 5: an observer reads the home page, a statement and the commitments in each of the five states'
/// languages (axe-clean, screenshots kept, no English word but the names a person typed), and Turkmenistan's
/// delegation works its agenda in Turkmen. One browser context per language; labels are read from the language's own
/// resource file, so each step finds what a reader of that language reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StateLanguageJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    /// <summary>The joint statement's text in each language (issue 24, point 3): its title, and a sentence the page must show.</summary>
    private static readonly Dictionary<string, (string Title, string Sentence, string Kazakhstan)> Texts = new()
    {
        ["kk"] = ("Орталық Азия мемлекеттері басшыларының Душанбе бірлескен мәлімдемесі",
            "Орталық Азия мемлекеттерінің басшылары өңірлік су және энергетика саласындағы ынтымақтастықты нығайтуға келісті.", "Қазақстан"),
        ["ky"] = ("Борбордук Азия мамлекеттеринин башчыларынын Душанбе биргелешкен билдирүүсү",
            "Борбордук Азия мамлекеттеринин башчылары аймактык суу жана энергетика жаатындагы кызматташтыкты бекемдөөгө макул болушту.", "Казакстан"),
        ["tg"] = ("Изҳороти муштараки Душанбеи сарварони давлатҳои Осиёи Марказӣ",
            "Сарварони давлатҳои Осиёи Марказӣ ба таҳкими ҳамкории минтақавӣ дар соҳаи об ва энергетика розӣ шуданд.", "Қазоқистон"),
        ["tk"] = ("Merkezi Aziýa döwletleriniň Baştutanlarynyň Duşenbe Bilelikdäki Beýannamasy",
            "Merkezi Aziýa döwletleriniň Baştutanlary suw we energetika ulgamynda sebitleýin hyzmatdaşlygy berkitmäge ylalaşdylar.", "Gazagystan"),
        ["uz"] = ("Markaziy Osiyo davlat rahbarlarining Dushanbe qoʻshma bayonoti",
            "Markaziy Osiyo davlat rahbarlari suv va energetika sohasida mintaqaviy hamkorlikni mustahkamlashga kelishib oldilar.", "Qozogʻiston"),
    };

    /// <summary>What the fixture's people typed in English and the pages show as typed (the chairman's statement, commitments without a Russian text).</summary>
    private static readonly string[] Typed =
    [
        "Launch the regional early-warning system for floods and mudflows", "Convene the C5 transport ministers on the Trans-Caspian corridor",
        "Chairman's Statement", "Dushanbe", "Treaty on Regional Water Cooperation",
        // The scenario's agenda items, named in a delegation's inbox.
        "Adoption of the C5+USA joint statement", "Adoption of the Dushanbe Joint Statement",
        // A venue other journeys in the same host typed, named in the delegation's inbox.
        "Summit hall",
    ];

    /// <summary>A text of the web app in a language, as its resource file has it.</summary>
    private static string Text(string language, string key, params object[] args) => WebTexts.Of(language, key, args);

    /// <summary>The joint statement's five texts, put by the secretariat after publication (a translation may come later).</summary>
    private async Task PutTextsAsync()
    {
        var secretariat = await fixture.App.Secretariat();
        foreach (var (language, (title, sentence, _)) in Texts)
        {
            (await secretariat.PutAsJsonAsync($"/api/statements/{fixture.Result.JointStatement}/texts/{language}",
                new { title, markdown = $"# {title}\n\n{sentence}\n" })).EnsureSuccessStatusCode();
        }

        var published = await secretariat.GetFromJsonAsync<JsonElement>($"/public/statements/{fixture.Result.Slug}");
        Assert.Equal(["en", "ru", "kk", "ky", "tg", "tk", "uz"], published.GetProperty("texts").EnumerateObject().Select(t => t.Name));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ky")]
    [InlineData("tg")]
    [InlineData("tk")]
    [InlineData("uz")]
    public async Task An_observer_reads_the_home_page_a_statement_and_the_commitments_in_the_language(string language)
    {
        await PutTextsAsync();
        var (title, sentence, kazakhstan) = Texts[language];
        var journey = new Journey($"language-{language}");
        var page = await fixture.NewVisitorAsync($"{language},{language};q=0.9");

        // The home page: the language chosen from the browser's, the statement under its title in the language.
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Text(language, "Home.Title"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await NoEnglishOnRussianPages.AssertInAsync(page, language, Typed);
        await journey.CheckAsync(page, "home");

        // The statement: its text in the language, the names of the states and the dates in it.
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/statements/{fixture.Result.Slug}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByText(sentence)).ToBeVisibleAsync();
        await Expect(page.GetByText(kazakhstan).First).ToBeVisibleAsync();
        // A translation, and said to be one; the statement's other languages offered.
        await Expect(page.GetByText(Text(language, "Statement.IsTranslation"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).Last).ToHaveAttributeAsync("href", $"/statements/{fixture.Result.Slug}?text=ru");
        await NoEnglishOnRussianPages.AssertInAsync(page, language, Typed);
        await journey.CheckAsync(page, "statement");

        // The commitments, of all parties, then of Kazakhstan.
        await page.GetByRole(AriaRole.Navigation, new() { Name = Text(language, "Layout.MainNavigation") })
            .GetByRole(AriaRole.Link, new() { Name = Text(language, "Nav.Commitments"), Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Text(language, "Commitments.Title"), Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel(Text(language, "Search.Party")).SelectOptionAsync(new SelectOptionValue { Label = kazakhstan });
        await page.GetByRole(AriaRole.Button, new() { Name = Text(language, "Commitments.Apply") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("party=KAZ"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Text(language, "Commitments.ForParty", kazakhstan) })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title }).First).ToHaveAttributeAsync("href", $"/statements/{fixture.Result.Slug}");
        await NoEnglishOnRussianPages.AssertInAsync(page, language, Typed);
        await journey.CheckAsync(page, "commitments");

        // On a phone: the seven languages behind one disclosure, each entry in its own name.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/");
        var switcher = page.GetByRole(AriaRole.Navigation, new() { Name = Text(language, "Layout.Language") });
        await switcher.Locator("summary").ClickAsync();
        // (The row of the wide screen is hidden on a phone: its entries are no roles then.)
        await Expect(switcher.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(7);
        await Expect(switcher.GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
        await Expect(switcher.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Oʻzbekcha" })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "home-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Turkmenistan_s_delegation_works_its_agenda_in_Turkmen()
    {
        const string tk = "tk";
        const string title = "Suw joşmalary barada sebitleýin irki duýduryş ulgamy";
        var journey = new Journey("language-tk-delegation");
        var summit = new Summit(fixture.App.ClientAs);
        var meeting = await summit.MeetingAsync("National Coordinators", new DateTimeOffset(BrowserFixture.Year + 13, 3, 10, 10, 0, 0, TimeSpan.FromHours(5)));

        // The delegation signs in on a Turkmen page and lands on its meetings.
        var page = await fixture.NewVisitorAsync("tk,tk;q=0.9");
        await page.GotoAsync("/signin?returnUrl=%2Fdelegation");
        await page.GetByLabel(Text(tk, "User.DelegationOf", "Türkmenistan")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Text(tk, "SignIn.Submit") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/delegation$"));
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", tk);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Text(tk, "Mine.Title", "Türkmenistan"), Level = 1 })).ToBeVisibleAsync();
        await NoEnglishOnRussianPages.AssertInAsync(page.GetByRole(AriaRole.Main), tk, Typed);
        await journey.CheckAsync(page, "my-meetings");

        // It proposes an item from the meeting's agenda.
        await page.GotoAsync($"/meetings/{meeting}/agenda");
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await page.GetByLabel(Text(tk, "Agenda.ItemTitle")).FillAsync(title);
        await page.GetByLabel(Text(tk, "Item.Target")).SelectOptionAsync(new SelectOptionValue { Label = Text(tk, "Layer.Leaders") });
        await page.GetByLabel(Text(tk, "Agenda.ItemText")).FillAsync("Derýalardaky suw ölçeýjileriň maglumatlaryny hakyky wagtda paýlaşmak.");
        await page.GetByRole(AriaRole.Button, new() { Name = Text(tk, "Agenda.ProposeButton") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 3 })).ToBeVisibleAsync();
        await NoEnglishOnRussianPages.AssertInAsync(page.GetByRole(AriaRole.Main), tk, Typed);
        await journey.CheckAsync(page, "agenda");

        // The meeting convenes; the delegation records its position, and the page says so in Turkmen.
        var item = (await (await fixture.App.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await summit.ConveneAsync(meeting);
        await Expect(page.Locator($"#status-{item}")).ToHaveTextAsync(Text(tk, "ItemStatus.UnderConsideration"));
        var article = page.Locator($"#article-{item}");
        await article.GetByRole(AriaRole.Radio, new() { Name = Text(tk, "Position.Concur"), Exact = true }).CheckAsync();
        await article.GetByRole(AriaRole.Button, new() { Name = Text(tk, "Item.Record") }).ClickAsync();
        await Expect(article.GetByRole(AriaRole.Status)).ToContainTextAsync(Text(tk, "Item.Recorded", Text(tk, "Position.Concur")));
        await NoEnglishOnRussianPages.AssertInAsync(page.GetByRole(AriaRole.Main), tk, Typed);
        await journey.CheckAsync(page, "position");
        await page.Context.CloseAsync();
    }
}
