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
/// Issue 23, "Done when", the record: a meeting concludes; its draft record lists attendance, outcomes and two
/// statements; Kazakhstan's delegation (in Russian) corrects its own part within the window; the secretariat (in
/// English) accepts; the window closes because the clock is moved, not waited for (its own host, whose clock is a
/// <see cref="FakeTimeProvider"/> that Quartz schedules by); the record is final and published, and an observer reads it.
/// </summary>
[Trait("Category", "Timers")]
public sealed class MeetingRecordJourneyTests : IAsyncLifetime
{
    private OwnHost _host = null!;
    private FakeTimeProvider _clock = null!;
    private SummitApp _app = null!;

    public async Task InitializeAsync()
    {
        // The clock jumps a week: the lifetime of the tokens it issues is not what this journey is about.
        _host = await OwnHost.StartAsync(services: s =>
            s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.ValidateLifetime = false));
        (_clock, _app) = (_host.Clock, _host.App);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_draft_record_is_corrected_by_a_delegation_accepted_by_the_secretariat_and_final_once_the_clock_passes_its_window()
    {
        var journey = new Journey("record");
        var summit = new Summit(_app.ClientAs);
        var sat = await MeetingRecordScenario.SitAsync(summit, new DateTimeOffset(2035, 11, 21, 10, 0, 0, TimeSpan.FromHours(5)));
        await MeetingRecordScenario.ConcludeAsync(summit, sat.MeetingId);
        var url = $"/meetings/{sat.MeetingId}/record";

        // Kazakhstan's delegation, in Russian: the draft lists attendance, outcomes with their rules, the two statements.
        var kazakhstan = await _host.SignInAsync("ru-RU,ru;q=0.9", "Делегация: Казахстан", "Войти", url);
        await Expect(kazakhstan.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Журнал заседания");
        await Expect(kazakhstan.Locator("#record-status")).ToHaveTextAsync("Проект, открыт для поправок");
        await Expect(kazakhstan.Locator("#record-distribution")).ToHaveTextAsync("Ограниченное: участники");
        await Expect(kazakhstan.Locator("#attendance tbody tr")).ToHaveCountAsync(6);
        await Expect(kazakhstan.Locator("#attendance")).ToContainTextAsync("Murat Nurtleu");
        await Expect(kazakhstan.Locator("#record-agenda")).ToContainTextAsync("Принято к сведению");
        await Expect(kazakhstan.Locator("#record-agenda tbody tr").First).ToContainTextAsync("Консенсус");
        await Expect(kazakhstan.Locator("#record-statements li")).ToHaveCountAsync(2);
        await Expect(kazakhstan.Locator("#record-statements")).ToContainTextAsync(MeetingRecordScenario.StatementSymbol);
        await Expect(kazakhstan.Locator("#record-reservations")).ToContainTextAsync("Таджикистан понимает протокол");
        await journey.CheckAsync(kazakhstan, "draft-ru");
        await NoEnglishOnRussianPages.AssertAsync(kazakhstan.Locator("main"), "Murat Nurtleu", "Adviser of KAZ", "Adviser of KGZ", "Adviser of TJK",
            "Adviser of TKM", "Adviser of UZB", "Protocol on the shared use of transboundary water", "Report of the working group on transport",
            "Supported the protocol.", MeetingRecordScenario.StatementSymbol, "Head of KGZ", "Head of TJK", "Head of TKM", "Head of UZB", "UN");

        await kazakhstan.GetByLabel("Что исправить").SelectOptionAsync("Attendance");
        await kazakhstan.GetByLabel("Должность").FillAsync("Deputy Prime Minister, Minister of Foreign Affairs");
        await kazakhstan.GetByRole(AriaRole.Button, new() { Name = "Направить поправку" }).ClickAsync();
        await Expect(kazakhstan.Locator("#corrections-status")).ToHaveTextAsync("Поправка направлена; секретариат ответит на неё.");
        await Expect(kazakhstan.Locator("#correction-list")).ToContainTextAsync("На рассмотрении");
        await journey.CheckAsync(kazakhstan, "correction-submitted-ru");
        await kazakhstan.SetViewportSizeAsync(390, 844);
        await journey.CheckAsync(kazakhstan, "correction-submitted-phone-ru");

        // The secretariat, in English, accepts it: the record reads as corrected.
        var secretariat = await _host.SignInAsync("en-GB,en;q=0.9", "Secretariat", "Sign in", url);
        await Expect(secretariat.Locator("#correction-list")).ToContainTextAsync("Deputy Prime Minister, Minister of Foreign Affairs");
        await journey.CheckAsync(secretariat, "correction-pending-en");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Accept the correction of Kazakhstan" }).ClickAsync();
        await Expect(secretariat.Locator("#corrections-status")).ToHaveTextAsync("Accepted: the record now reads as corrected.");
        await Expect(secretariat.Locator("#attendance")).ToContainTextAsync("Deputy Prime Minister, Minister of Foreign Affairs");
        await Expect(secretariat.Locator("#correction-list")).ToContainTextAsync("Accepted");
        await journey.CheckAsync(secretariat, "correction-accepted-en");
        await secretariat.SetViewportSizeAsync(390, 844);
        await journey.CheckAsync(secretariat, "correction-accepted-phone-en");

        // The window closes: the clock is moved past it, the persistent job makes the record final.
        _clock.Advance(TimeSpan.FromDays(7));
        await MeetingRecordScenario.WaitAsync(summit, sat.MeetingId, "Final");

        // Final, the record is a registered document (issue 23): its symbol is on its page.
        const string symbol = "C5/CFM/2035/REC.1";
        await Eventually.Until(async () => (await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/public/documents?meetingId={sat.MeetingId}&kind=Record"))
            .GetProperty("total").GetInt32() == 1, what: "the final record registered");

        var observer = await _host.VisitorAsync("en-GB,en;q=0.9");
        await observer.GotoAsync(url);
        await Expect(observer.Locator("#record-status")).ToHaveTextAsync("Final");
        await Expect(observer.Locator("#record-distribution")).ToHaveTextAsync("General: anyone");
        await Expect(observer.Locator("#record-symbol")).ToHaveTextAsync(symbol);
        await Expect(observer.Locator("#attendance")).ToContainTextAsync("Deputy Prime Minister, Minister of Foreign Affairs");
        await Expect(observer.GetByRole(AriaRole.Link, new() { Name = "The record as PDF" })).ToHaveAttributeAsync("href", $"/public/records/{sat.MeetingId}/pdf");
        await Expect(observer.Locator("#corrections")).ToHaveCountAsync(0);
        await journey.CheckAsync(observer, "final-public-en");
        var pdf = await observer.APIRequest.GetAsync($"/public/records/{sat.MeetingId}/pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        var russianObserver = await _host.VisitorAsync("ru-RU,ru;q=0.9");
        await russianObserver.SetViewportSizeAsync(390, 844);
        await russianObserver.GotoAsync(url);
        await Expect(russianObserver.Locator("#record-status")).ToHaveTextAsync("Окончательный");
        await Expect(russianObserver.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Журнал заседания: Совет министров иностранных дел, Астана 2035");
        await journey.CheckAsync(russianObserver, "final-public-phone-ru");
        await NoEnglishOnRussianPages.AssertAsync(russianObserver.Locator("main"), "Murat Nurtleu", "Deputy Prime Minister, Minister of Foreign Affairs",
            "Adviser of KAZ", "Adviser of KGZ", "Adviser of TJK", "Adviser of TKM", "Adviser of UZB", "Protocol on the shared use of transboundary water",
            "Report of the working group on transport", "Supported the protocol.", MeetingRecordScenario.StatementSymbol, "Head of KGZ", "Head of TJK", "Head of TKM",
            "Head of UZB", "UN", symbol);
    }
}
