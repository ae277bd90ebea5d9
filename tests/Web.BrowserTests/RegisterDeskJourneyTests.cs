using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 23, "Done when" (the register), through the secretariat's pages: a body's symbol pattern set; a working paper
/// registered as Limited with a derestriction date (a date before the document's refused first); its text uploaded
/// (a picture refused with 415, a file over the limit with 413, neither kept); its Russian title edited; revised
/// (<c>/Rev.1</c>), the revision's Russian text uploaded in Russian. An observer does not see it until the date (the
/// host's clock, a <see cref="FakeTimeProvider"/> Quartz schedules by, is moved past it), then finds it in the public
/// register by a word of its text, on a phone, in English and Russian. Its own host: the clock is its own.
/// </summary>
public sealed class RegisterDeskJourneyTests : IAsyncLifetime
{
    /// <summary>A small file limit, so that a file over it is cheap to send.</summary>
    private const int MaxFileBytes = 64 * 1024;

    /// <summary>A field by its whole label (a form is labelled too, by its heading's words).</summary>
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    private OwnHost _host = null!;

    public async Task InitializeAsync() => _host = await OwnHost.StartAsync(settings: new Dictionary<string, string?> { ["Register:MaxFileBytes"] = MaxFileBytes.ToString() },
        // The clock jumps three days: the lifetime of the tokens it issues is not what this journey is about.
        services: s => s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.ValidateLifetime = false));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_secretariat_registers_uploads_and_revises_a_limited_paper_through_its_pages_and_an_observer_finds_it_after_its_derestriction_date()
    {
        var journey = new Journey("register-desk");
        var summit = new Summit(_host.App.ClientAs);
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2031, 5, 13, 10, 0, 0, TimeSpan.FromHours(5)));
        var item = await summit.ProposeAsync("SECRETARIAT", meeting, "Riparian forests of the Amu Darya", "Ministers", kind: "Information");
        var staff = await summit.Secretariat();
        await Eventually.Until(async () => (await staff.GetAsync($"/api/meetings/{meeting}/statements")).StatusCode == HttpStatusCode.OK, what: "Statements to know the meeting");
        var today = DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime);
        var derestrictOn = today.AddDays(3);
        var word = "tugai" + Guid.NewGuid().ToString("N")[..6];

        // The body's symbol pattern: one without a number is refused beside the field; then saved.
        var desk = await _host.SignInAsync("en-GB,en;q=0.9", "Secretariat", "Sign in", "/secretariat");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Register a document" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Register a document", Level = 1 })).ToBeVisibleAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "Symbol patterns" }).First.ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/secretariat/documents/symbols$"));
        await Ready(desk);
        await ChooseBodyAsync(desk, desk.Locator("#pattern-now"));
        await Expect(desk.Locator("#pattern-now")).ToContainTextAsync("C5/CFM/2027/WP.3");
        await desk.GetByLabel("Symbol pattern", Exact).FillAsync("CFM/{year}/{series}");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(desk.Locator("#pattern-error")).ToBeVisibleAsync();
        await journey.CheckAsync(desk, "pattern-refused");
        await desk.GetByLabel("Symbol pattern", Exact).FillAsync("CFM/{year}/{series}.{n}");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(desk.GetByText("Pattern saved: documents registered from now on take it.")).ToBeVisibleAsync();
        await Expect(desk.Locator("#pattern-now")).ToContainTextAsync("CFM/2027/WP.3");
        await journey.CheckAsync(desk, "pattern-saved");

        // Registered as Limited: a derestriction date before the document's date is refused beside it, and nothing is registered.
        await desk.GetByRole(AriaRole.Link, new() { Name = "Register a document" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/secretariat/documents/new$"));
        await Ready(desk);
        await ChooseBodyAsync(desk, desk.Locator($"option[value='{meeting}']"));
        await desk.GetByLabel("Meeting", Exact).SelectOptionAsync(meeting.ToString());
        await desk.GetByLabel("Agenda item", Exact).SelectOptionAsync(item.ToString());
        await desk.GetByLabel("Title in English", Exact).FillAsync("Riparian forests of the Amu Darya");
        await desk.GetByLabel("Date of the document", Exact).FillAsync(today.ToString("yyyy-MM-dd"));
        await Expect(desk.GetByLabel("Distribution", Exact)).ToHaveValueAsync("Limited");
        await desk.GetByLabel("Derestriction date (optional)", Exact).FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Register the document" }).ClickAsync();
        await Expect(desk.Locator("#derestrictOn-error")).ToHaveTextAsync("Choose a derestriction date not before the document's date; a General document has none.");
        await Expect(desk.GetByLabel("Derestriction date (optional)", Exact)).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, (await Documents(staff, meeting)).GetProperty("total").GetInt32());
        await journey.CheckAsync(desk, "register-refused");
        await desk.SetViewportSizeAsync(390, 844);
        await journey.CheckAsync(desk, "register-refused-phone");
        await desk.SetViewportSizeAsync(1280, 900);

        await desk.GetByLabel("Derestriction date (optional)", Exact).FillAsync(derestrictOn.ToString("yyyy-MM-dd"));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Register the document" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex(@"/secretariat/documents/[0-9a-f-]{36}\?done=registered$"));
        await Ready(desk);
        var symbol = "CFM/2031/WP.1";
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(symbol);
        await Expect(desk.Locator("#desk-status")).ToHaveTextAsync($"Registered as {symbol}. Upload its files below.");
        var originalId = Guid.Parse(Regex.Match(desk.Url, "[0-9a-f-]{36}").Value);
        await journey.CheckAsync(desk, "registered");

        // A picture is refused (415), a file over the limit too (413), each beside the file field; neither is kept.
        await desk.GetByLabel("File", Exact).SetInputFilesAsync(new FilePayload { Name = "forest.txt", MimeType = "text/plain", Buffer = RegisterSamples.Png });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Expect(desk.Locator("#file-error")).ToContainTextAsync("The register does not take this file");
        await journey.CheckAsync(desk, "upload-refused-415");
        await desk.GetByLabel("File", Exact).SetInputFilesAsync(new FilePayload
        {
            Name = "long.txt", MimeType = "text/plain", Buffer = RegisterSamples.Text(new string('a', MaxFileBytes + 1)),
        });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Expect(desk.Locator("#file-error")).ToHaveTextAsync("This file is larger than the register takes: send a smaller one.");
        await journey.CheckAsync(desk, "upload-refused-413");
        Assert.Empty((await Document(staff, originalId)).GetProperty("files").EnumerateArray());

        await desk.GetByLabel("File", Exact).SetInputFilesAsync(new FilePayload
        {
            Name = "wp1.txt", MimeType = "text/plain", Buffer = RegisterSamples.Text($"The {word} forests shrink."),
        });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Expect(desk.Locator("#desk-status")).ToHaveTextAsync("Uploaded: wp1.txt, English, version 1.");
        await Expect(desk.Locator("#desk-files")).ToContainTextAsync("English version 1 (wp1.txt)");

        // Its Russian title, edited; then a revision, which replaces it.
        await desk.GetByLabel("Title in Russian", Exact).FillAsync("Тугайные леса Амударьи");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(desk.Locator("#desk-status")).ToHaveTextAsync("Saved: the register shows the document as described.");
        Assert.Equal("Тугайные леса Амударьи", (await Document(staff, originalId)).GetProperty("titleRu").GetString());
        await journey.CheckAsync(desk, "uploaded-and-edited");
        await Expect(desk.GetByLabel("A revision (/Rev.n): replaces this document", Exact)).ToBeCheckedAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Issue" }).ClickAsync();
        var revisionSymbol = symbol + "/Rev.1";
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(revisionSymbol);
        await Expect(desk.Locator("#desk-status")).ToHaveTextAsync($"Revision issued: {revisionSymbol}. It replaces the earlier version.");
        var revisionId = Guid.Parse(Regex.Match(desk.Url, "[0-9a-f-]{36}").Value);
        var revision = await Document(staff, revisionId);
        Assert.Equal("Limited", revision.GetProperty("level").GetString());
        Assert.Equal(derestrictOn.ToString("yyyy-MM-dd"), revision.GetProperty("derestrictOn").GetString());
        await journey.CheckAsync(desk, "revised");

        // In Russian, on a phone: the revision's Russian text uploaded.
        var russianDesk = await _host.SignInAsync("ru-RU,ru;q=0.9", "Секретариат", "Войти", $"/secretariat/documents/{revisionId}", 390, 844);
        await Expect(russianDesk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(revisionSymbol);
        await russianDesk.GetByRole(AriaRole.Combobox, new() { Name = "Язык", Exact = true }).SelectOptionAsync("ru");
        await russianDesk.GetByLabel("Файл", Exact).SetInputFilesAsync(new FilePayload
        {
            Name = "wp1-rev1-ru.txt", MimeType = "text/plain", Buffer = RegisterSamples.Text($"Леса {word} сокращаются; коридор восстановит их."),
        });
        await russianDesk.GetByRole(AriaRole.Button, new() { Name = "Загрузить файл" }).ClickAsync();
        await Expect(russianDesk.Locator("#desk-status")).ToHaveTextAsync("Загружено: wp1-rev1-ru.txt, русский, версия 1.");
        await journey.CheckAsync(russianDesk, "revision-ru-phone");
        // No English but what was typed and the codes of the register: symbols, series, suffixes, file formats.
        await NoEnglishOnRussianPages.AssertAsync(russianDesk.Locator("main"), revisionSymbol, "wp1-rev1-ru.txt", "Riparian forests of the Amu Darya",
            "DOCX ODT UTF WP INF L CRP AG Rev Corr Add n");
        await russianDesk.GotoAsync("/secretariat/documents/new");
        await Ready(russianDesk);
        await journey.CheckAsync(russianDesk, "register-ru-phone");
        await NoEnglishOnRussianPages.AssertAsync(russianDesk.Locator("main"), "WP INF L CRP AG");

        // The secretariat's own page is linked from the document's page, for the secretariat only (before the clock jumps: the sign-in would lapse).
        await desk.GotoAsync($"/documents/{revisionId}");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Edit, upload a file, issue a revision (secretariat)" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex($"/secretariat/documents/{revisionId}$"));

        // An observer finds nothing before the date, and cannot open it.
        var observer = await _host.VisitorAsync("en-GB,en;q=0.9", 390, 844);
        await observer.GotoAsync($"/documents?q={word}");
        await Expect(observer.GetByRole(AriaRole.Status)).ToHaveTextAsync("0 documents found");
        Assert.Equal(404, (await observer.GotoAsync($"/documents/{revisionId}"))!.Status);

        // The clock passes the derestriction date: the persistent job makes both General, and the observer finds them by a word of the text.
        _host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await Eventually.Until(async () => (await _host.App.CreateClient().GetAsync($"/public/documents/{revisionId}")).StatusCode == HttpStatusCode.OK,
            what: "the revision derestricted");
        await observer.GotoAsync("/documents");
        await observer.GetByLabel("Words of the title or text", Exact).FillAsync(word);
        await observer.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(observer.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 documents found");
        await Expect(observer.GetByText($"replaced by {revisionSymbol}")).ToBeVisibleAsync();
        await journey.CheckAsync(observer, "found-phone");
        await observer.GetByRole(AriaRole.Link, new() { Name = revisionSymbol, Exact = true }).ClickAsync();
        await Expect(observer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riparian forests of the Amu Darya");
        await Expect(observer.GetByText("General: anyone", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(observer.GetByRole(AriaRole.Link, new() { Name = "wp1-rev1-ru.txt" })).ToBeVisibleAsync();
        await Expect(observer.Locator("#document-desk")).ToHaveCountAsync(0);
        await FitsAsync(observer);
        await journey.CheckAsync(observer, "document-phone");

        var russian = await _host.VisitorAsync("ru-RU,ru;q=0.9", 390, 844);
        await russian.GotoAsync($"/documents/{revisionId}");
        await Expect(russian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Тугайные леса Амударьи");
        await FitsAsync(russian);
        await journey.CheckAsync(russian, "document-ru-phone");
        // The meeting's title is as the register's service knows it (English) for a meeting not on the public calendar.
        await NoEnglishOnRussianPages.AssertAsync(russian.Locator("main"), revisionSymbol, symbol, "wp1-rev1-ru.txt", "TXT", "Riparian forests of the Amu Darya",
            "Council of Foreign Ministers, Astana 2031");

    }

    private static async Task<JsonElement> Documents(HttpClient staff, Guid meeting) =>
        await staff.GetFromJsonAsync<JsonElement>($"/api/register/documents?meetingId={meeting}");

    private static async Task<JsonElement> Document(HttpClient staff, Guid id) => await staff.GetFromJsonAsync<JsonElement>($"/api/register/documents/{id}");

    /// <summary>The files table fits the phone: nothing of it lies beyond the screen's right edge.</summary>
    private static async Task FitsAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.register-files table')].every(t => t.getBoundingClientRect().right <= window.innerWidth + 0.5)"),
            $"The files table of {page.Url} is wider than the phone's screen.");

    /// <summary>
    /// Chooses the Council of Foreign Ministers in the body list until what the choice loads is there: a choice made in
    /// the moment the page passes from its first rendering to its circuit can be lost, as a person would choose again.
    /// </summary>
    private static async Task ChooseBodyAsync(IPage page, ILocator loaded)
    {
        var body = page.GetByLabel("Body", Exact);
        for (var attempt = 1; ; attempt++)
        {
            await body.SelectOptionAsync(new SelectOptionValue { Label = "Council of Foreign Ministers" });
            try
            {
                await Expect(loaded.First).ToBeAttachedAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                await body.SelectOptionAsync(new SelectOptionValue { Index = 0 });
            }
        }
    }

    /// <summary>The page answers to input (its circuit is up).</summary>
    private static Task Ready(IPage page) => Expect(page.Locator("[data-interactive=true]").First).ToBeAttachedAsync();
}
