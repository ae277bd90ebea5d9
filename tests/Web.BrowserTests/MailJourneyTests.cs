using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MimeKit;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 23, points 3 and 4, in the browser: a delegation's focal point adds a Russian-speaking delegate who chooses the
/// daily digest; the delegate signs in (in Russian) and finds the preferences in the user's menu; the day passes (the
/// host's clock moved, a <see cref="FakeTimeProvider"/>); one mail arrives at the test's SMTP server (maildev) in
/// Russian with the day's notices (a draft meeting record among them, with its link) and an invitation whose attachment
/// parses as METHOD:REQUEST, then CANCEL in the next day's digest once the meeting is cancelled; an English-speaking
/// colleague gets each notice at once. Both mails are opened as received (maildev's HTML) and looked at. Its unsubscribe
/// link works without signing in. Its own host (its clock is moved) and its own Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MailJourneyTests : IAsyncLifetime
{
    private readonly MailDev _mailDev = new();
    private OwnHost _host = null!;
    private FakeTimeProvider _clock = null!;
    private SummitApp _app = null!;

    public async Task InitializeAsync()
    {
        _host = await OwnHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Mail:Transport"] = "Smtp",
            ["Mail:Smtp:Host"] = _mailDev.SmtpHost,
            ["Mail:Smtp:Port"] = _mailDev.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:PollInterval"] = "00:00:00.100",
        });
        (_clock, _app) = (_host.Clock, _host.App);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_focal_point_adds_a_Russian_speaking_delegate_on_the_daily_digest_who_gets_one_Russian_mail_with_the_days_notices_and_an_invitation()
    {
        var journey = new Journey("mail");
        var address = MailDev.Address("aigerim");
        var account = $"aigerim-{Guid.NewGuid():N}"[..20];

        // The focal point of Kazakhstan signs in and opens the people page from the user's menu.
        var focal = await _host.VisitorAsync("en-GB,en;q=0.9");
        await focal.GotoAsync("/signin");
        await focal.GetByLabel("Delegation of Kazakhstan", new() { Exact = true }).CheckAsync();
        await focal.GetByLabel("I am my delegation's focal point (I manage its people)").CheckAsync();
        await focal.GetByLabel("Your name (optional)").FillAsync("Focal KAZ");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(focal).ToHaveURLAsync(new Regex("/delegation$"));
        await focal.GetByRole(AriaRole.Link, new() { Name = "People and mail" }).First.ClickAsync();
        await Expect(focal.GetByRole(AriaRole.Heading, new() { Name = "People and mail", Level = 1 })).ToBeVisibleAsync();
        await Expect(focal.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await journey.CheckAsync(focal, "people-empty");

        // A refused address is said, and nothing is added.
        await focal.GetByLabel("Name", new() { Exact = true }).FillAsync("Айгерим Сапарова");
        await focal.GetByLabel("Mail address").FillAsync("aigerim at example");
        await focal.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await Expect(focal.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(focal.GetByRole(AriaRole.Cell, new() { Name = "aigerim at example" })).ToHaveCountAsync(0);
        await journey.CheckAsync(focal, "people-refused");

        await focal.GetByLabel("Mail address").FillAsync(address);
        await focal.GetByLabel("Sign-in name (optional)").FillAsync(account);
        await focal.GetByRole(AriaRole.Combobox, new() { Name = "Language", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Russian" });
        await focal.GetByRole(AriaRole.Combobox, new() { Name = "Every kind of notice" }).SelectOptionAsync(new SelectOptionValue { Label = "Daily digest" });
        await focal.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await Expect(focal.GetByRole(AriaRole.Status).Filter(new() { HasText = "was added" })).ToContainTextAsync("Айгерим Сапарова was added.");
        await Expect(focal.GetByRole(AriaRole.Cell, new() { Name = address })).ToBeVisibleAsync();
        await journey.CheckAsync(focal, "people-added");
        await focal.SetViewportSizeAsync(390, 844);
        await journey.CheckAsync(focal, "people-added-phone");

        // The delegate signs in, in Russian, and finds the preferences in the user's menu: the daily digest, as chosen.
        var delegate_ = await _host.VisitorAsync("ru-RU,ru;q=0.9", 390, 844);
        await delegate_.GotoAsync("/signin");
        await delegate_.GetByLabel("Делегация: Казахстан", new() { Exact = true }).CheckAsync();
        await delegate_.GetByLabel("Ваше имя (необязательно)").FillAsync(account);
        await delegate_.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(delegate_).ToHaveURLAsync(new Regex("/delegation$"));
        await delegate_.GotoAsync("/mail/preferences");
        await Expect(delegate_.GetByRole(AriaRole.Heading, new() { Name = "Настройки почты", Level = 1 })).ToBeVisibleAsync();
        await Expect(delegate_.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        var invited = delegate_.GetByRole(AriaRole.Combobox, new() { Name = "Приглашение", Exact = true });
        await Expect(invited).ToHaveValueAsync("DailyDigest");
        await delegate_.GetByRole(AriaRole.Combobox, new() { Name = "Напоминание", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Никогда" });
        await delegate_.GetByRole(AriaRole.Button, new() { Name = "Сохранить настройки" }).ClickAsync();
        await Expect(delegate_.GetByRole(AriaRole.Status).Filter(new() { HasText = "сохранены" })).ToHaveTextAsync("Настройки сохранены.");
        await journey.CheckAsync(delegate_, "preferences-ru-phone");
        await delegate_.SetViewportSizeAsync(1280, 900);
        await journey.CheckAsync(delegate_, "preferences-ru");

        // An English-speaking colleague of the same state takes every notice at once.
        var secretariat = await _app.Secretariat();
        var colleague = MailDev.Address("daniyar");
        (await secretariat.PostAsJsonAsync("/api/people", new
        {
            name = "Daniyar Bekov", email = colleague, language = "en", party = "KAZ",
            preferences = Enum.GetNames<SummitCoordination.Contracts.NotificationKind>()
                .ToDictionary(k => k, k => k is "Invited" or "Postponed" or "Cancelled" ? "AtOnce" : "Never"),
        })).EnsureSuccessStatusCode();

        // The day's notices: a meeting sits and concludes (its draft record issued), and the secretariat announces another
        // (an invitation) and postpones it.
        var sat = await MeetingRecordScenario.SitAsync(new Summit(_app.ClientAs), new DateTimeOffset(2035, 11, 21, 10, 0, 0, TimeSpan.FromHours(5)));
        await MeetingRecordScenario.ConcludeAsync(new Summit(_app.ClientAs), sat.MeetingId);
        var start = NextTuesday(DateTimeOffset.UtcNow.AddDays(150));
        var meeting = (await MeetingsApi.CreateAsync(secretariat, "Council of Foreign Ministers", start,
            edit: r => r["override"] = new { reason = "The mail journey's meeting." })).Id();
        (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();

        // The colleague's invitation as his mail program shows it (maildev serves its HTML part), and its calendar request.
        var invitations = await _mailDev.WaitForAsync(colleague, 2);
        Assert.Equal("REQUEST", CalendarOf(invitations[^1], meeting).Method);
        var reader = await _host.VisitorAsync("en-GB,en;q=0.9", 900, 700);
        await OpenReceivedAsync(reader, _mailDev.HtmlUrl((await _mailDev.IdsToAsync(colleague))[^1]));
        await Expect(reader.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Your state is invited to 'Council of Foreign Ministers");
        await journey.CheckAsync(reader, "invitation-en-received");

        (await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason = "Зал на ремонте." })).EnsureSuccessStatusCode();
        Assert.Empty(await _mailDev.MailsToAsync(address));

        // The day passes.
        var now = _clock.GetUtcNow();
        var digestAt = new DateTimeOffset(now.UtcDateTime.Date.AddHours(1), TimeSpan.Zero);
        _clock.Advance((digestAt <= now ? digestAt.AddDays(1) : digestAt) - now + TimeSpan.FromSeconds(1));

        var mail = Assert.Single(await _mailDev.WaitForAsync(address));
        Assert.StartsWith("SummitCoordination: уведомления за день (", mail.Subject);
        Assert.Contains("Ваше государство приглашено на встречу", mail.TextBody);
        Assert.Contains("отложена: Зал на ремонте.", mail.TextBody);
        Assert.Contains("Выпущен проект журнала заседания", mail.TextBody);
        Assert.Contains($"/meetings/{sat.MeetingId}/record", mail.TextBody);
        var calendar = CalendarOf(mail, meeting);
        Assert.Equal("REQUEST", calendar.Method);
        var entry = calendar.Events.Single();
        Assert.Equal(new DateTime(start.Year, start.Month, start.Day, 10, 0, 0), entry.DtStart!.Value);

        // The digest as the delegate's mail program shows it, on a phone and on a desktop.
        var inbox = await _host.VisitorAsync("ru-RU,ru;q=0.9", 390, 844);
        await OpenReceivedAsync(inbox, _mailDev.HtmlUrl(Assert.Single(await _mailDev.IdsToAsync(address))));
        await Expect(inbox.GetByText("Уважаемый(ая) Айгерим Сапарова,")).ToBeVisibleAsync();
        await Expect(inbox.GetByRole(AriaRole.Link, new() { Name = $"/meetings/{sat.MeetingId}/record" })).ToBeVisibleAsync();
        await journey.CheckAsync(inbox, "digest-ru-received-phone");
        await inbox.SetViewportSizeAsync(1280, 900);
        await journey.CheckAsync(inbox, "digest-ru-received");

        // The meeting is cancelled: the colleague's mail carries METHOD:CANCEL at once, the delegate's next digest too.
        (await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "Встреча отменена по просьбе принимающей стороны." })).EnsureSuccessStatusCode();
        Assert.Equal("CANCEL", CalendarOf((await _mailDev.WaitForAsync(colleague, 4))[^1], meeting).Method);
        _clock.Advance(TimeSpan.FromDays(1));
        var next = (await _mailDev.WaitForAsync(address, 2))[^1];
        Assert.StartsWith("SummitCoordination: уведомления за день (", next.Subject);
        Assert.Contains("отменена", next.TextBody);
        Assert.Equal("CANCEL", CalendarOf(next, meeting).Method);

        // The unsubscribe link, opened by a browser that never signed in.
        var link = Regex.Match(mail.TextBody!, @"http\S+/mail/unsubscribe\?token=\S+").Value;
        var stranger = await _host.VisitorAsync("ru-RU,ru;q=0.9");
        await stranger.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Отписаться", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(stranger, "unsubscribe-ru");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Отписаться" }).ClickAsync();
        await Expect(stranger.GetByRole(AriaRole.Status)).ToContainTextAsync($"Готово: эти письма больше не будут приходить на {address}.");
        await journey.CheckAsync(stranger, "unsubscribed-ru");
    }

    /// <summary>
    /// Opens a received mail's HTML as maildev serves it. maildev leaves out the charset its MIME part declares (UTF-8,
    /// which a mail program reads from the part), so the same bytes are handed to the page with it said.
    /// </summary>
    private static async Task OpenReceivedAsync(IPage page, string url)
    {
        await page.RouteAsync(url, async route =>
        {
            var served = await route.FetchAsync();
            await route.FulfillAsync(new RouteFulfillOptions { Status = served.Status, ContentType = "text/html; charset=utf-8", BodyBytes = await served.BodyAsync() });
        });
        await page.GotoAsync(url);
    }

    /// <summary>The calendar entry a mail carries for the meeting (a digest carries one per meeting), parsed.</summary>
    private static Calendar CalendarOf(MimeMessage mail, Guid meeting) => mail.Attachments.OfType<MimePart>()
        .Where(a => a.ContentType.MimeType == "text/calendar")
        .Select(part =>
        {
            using var ics = new MemoryStream();
            part.Content!.DecodeTo(ics);
            return Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.ToArray()))!;
        })
        .Single(c => c.Events.Single().Uid == $"{meeting:D}@summit-coordination");

    private static DateTimeOffset NextTuesday(DateTimeOffset from)
    {
        var day = from.Date;
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
    }
}
