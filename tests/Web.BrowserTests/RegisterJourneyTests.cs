using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 23, "Done when" (the register): a working paper registered as Limited with a derestriction date and revised
/// (<c>/Rev.1</c>) is not there for an observer until the date; the test moves the host's clock (a
/// <see cref="FakeTimeProvider"/> that Quartz schedules by) past it, and the observer then finds the revision in the
/// public register by a word of its text, and reads its page, in English and in Russian. Its own host: the clock is its own.
/// </summary>
public sealed class RegisterJourneyTests : IAsyncLifetime
{
    private OwnHost _host = null!;

    private FakeTimeProvider _clock = null!;

    private SummitApp _app = null!;

    public async Task InitializeAsync()
    {
        _host = await OwnHost.StartAsync(harness: true);
        (_clock, _app) = (_host.Clock, _host.App);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_limited_working_paper_and_its_revision_reach_the_public_register_on_their_derestriction_date_and_are_found_by_a_word_of_the_text()
    {
        var journey = new Journey("register");
        var meeting = Events.MeetingScheduled();
        await _app.Services.GetRequiredService<ITestHarness>().Bus.Publish(meeting);
        var staff = await _app.Secretariat();
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var derestrictOn = today.AddDays(3);
        var word = "tugai" + Guid.NewGuid().ToString("N")[..6];

        // The secretariat registers the working paper as Limited with its derestriction date, uploads its text, revises it.
        var registered = await Eventually.Until(() => RegisterSamples.RegisterAsync(staff, meeting.MeetingId,
                new { level = "Limited", documentDate = today.ToString("yyyy-MM-dd"), derestrictOn = derestrictOn.ToString("yyyy-MM-dd") },
                title: "Riparian forests of the Amu Darya"),
            r => r.StatusCode == HttpStatusCode.Created, what: "Statements to know the meeting");
        var original = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var originalId = original.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(staff, originalId, "en", "wp1.txt", RegisterSamples.Text($"The {word} forests shrink."))).StatusCode);
        var revised = await staff.PostAsJsonAsync($"/api/register/documents/{originalId}/suffixes", new { suffix = "Rev", titleRu = "Тугайные леса Амударьи" });
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        var revision = await revised.Content.ReadFromJsonAsync<JsonElement>();
        var revisionId = revision.GetProperty("id").GetGuid();
        var symbol = revision.GetProperty("symbol").GetString()!;
        Assert.Equal(original.GetProperty("symbol").GetString() + "/Rev.1", symbol);
        Assert.Equal("Limited", revision.GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(staff, revisionId, "en", "wp1-rev1.docx",
            RegisterSamples.Docx($"The {word} forests shrink; a corridor would restore them."))).StatusCode);

        // An observer does not find it, nor can open it.
        var observer = await _host.VisitorAsync("en-GB,en;q=0.9");
        await observer.GotoAsync("/documents");
        await Expect(observer.GetByRole(AriaRole.Heading, new() { Name = "Document register", Level = 1 })).ToBeVisibleAsync();
        await observer.GetByLabel("Words of the title or text").FillAsync(word);
        await observer.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(observer).ToHaveURLAsync(new Regex($@"/documents\?q={word}"));
        await Expect(observer.GetByRole(AriaRole.Status)).ToHaveTextAsync("0 documents found");
        await journey.CheckAsync(observer, "before-date-search");
        var hidden = await observer.GotoAsync($"/documents/{revisionId}");
        Assert.Equal(404, hidden!.Status);
        await Expect(observer.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(observer.GetByText(symbol)).ToHaveCountAsync(0);
        await journey.CheckAsync(observer, "before-date-document");

        // The clock passes the derestriction date: the persistent job makes both General.
        _clock.Advance(derestrictOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        await Eventually.Until(async () => (await _app.CreateClient().GetAsync($"/public/documents/{revisionId}")).StatusCode == HttpStatusCode.OK,
            what: "the revision derestricted");
        var stored = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/public/documents/{revisionId}");
        Assert.Equal("General", stored.GetProperty("level").GetString());

        await observer.GotoAsync("/documents");
        await observer.GetByLabel("Words of the title or text").FillAsync(word);
        await observer.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(observer.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 documents found");
        await Expect(observer.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true })).ToBeVisibleAsync();
        await Expect(observer.GetByText($"replaced by {symbol}")).ToBeVisibleAsync();
        await journey.CheckAsync(observer, "after-date-search");

        await observer.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true }).ClickAsync();
        await Expect(observer).ToHaveURLAsync(new Regex($"/documents/{revisionId}$"));
        await Expect(observer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riparian forests of the Amu Darya");
        await Expect(observer.GetByText("General: anyone", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(observer.GetByText(derestrictOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) + " (done)")).ToBeVisibleAsync();
        await Expect(observer.GetByRole(AriaRole.Link, new() { Name = "wp1-rev1.docx" })).ToBeVisibleAsync();
        await journey.CheckAsync(observer, "after-date-document");
        var download = await observer.RunAndWaitForDownloadAsync(() => observer.GetByRole(AriaRole.Link, new() { Name = "wp1-rev1.docx" }).ClickAsync());
        Assert.Equal("wp1-rev1.docx", download.SuggestedFilename);

        // In Russian, on a phone.
        var russian = await _host.VisitorAsync("ru-RU,ru;q=0.9", 390, 844);
        await russian.GotoAsync($"/documents/{revisionId}");
        await Expect(russian.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(russian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Тугайные леса Амударьи");
        await Expect(russian.GetByText("Общее: для всех", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(russian.GetByText("Рабочий документ", new() { Exact = true })).ToBeVisibleAsync();
        await journey.CheckAsync(russian, "document-ru-phone");
        // No English but what was typed: the symbols, the file's name and format, the test meeting's title.
        await NoEnglishOnRussianPages.AssertAsync(russian, symbol, "wp1-rev1.docx", "DOCX", meeting.Title);
        await russian.GotoAsync($"/documents?q={word}");
        await Expect(russian.GetByRole(AriaRole.Status)).ToHaveTextAsync("Найдено документов: 2");
        // Each document is a block on a phone: its title whole within the screen, its kind named.
        var title = russian.GetByText("Тугайные леса Амударьи", new() { Exact = true });
        var box = await title.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"the title runs off the phone's screen: {box?.X} + {box?.Width}");
        Assert.Equal("Вид: ", await title.Locator("xpath=following-sibling::td[1]").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content.replaceAll('\"', '')"));
        await journey.CheckAsync(russian, "search-ru-phone");
        await NoEnglishOnRussianPages.AssertAsync(russian, symbol, word);
    }
}
