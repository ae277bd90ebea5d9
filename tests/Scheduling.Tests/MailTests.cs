using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SummitCoordination.Scheduling.Mail;
using SummitCoordination.Scheduling.People;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 23, point 3: mail through a real SMTP server on loopback (maildev, started by the test command), read back over
/// its REST API and parsed as a mail program would. The service's clock is a <see cref="FakeTimeProvider"/> (digests and
/// retries are moved by it; Quartz schedules by it too); the sender polls in wall time (every 100 ms here).
/// </summary>
[Trait("Category", "Mail")]
public sealed class MailTests
{
    private readonly MailDev _mailDev = new();

    // Near the real now: development tokens are checked against the real clock.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private SummitApp Start(int smtpPort, string? dataDirectory = null) => new(harness: true, dataDirectory: dataDirectory,
        settings: new Dictionary<string, string?>
        {
            ["Mail:Transport"] = "Smtp",
            ["Mail:Smtp:Host"] = _mailDev.SmtpHost,
            ["Mail:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:Smtp:Timeout"] = "00:00:05",
            ["Mail:PollInterval"] = "00:00:00.100",
            ["Mail:PublicBaseUrl"] = "http://summit.test",
        },
        services: s => s.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task A_Russian_delegate_on_the_daily_digest_gets_one_mail_in_Russian_with_the_days_notices_and_an_invitation_that_parses()
    {
        await using var app = Start(_mailDev.SmtpPort);
        var secretariat = await app.Secretariat();
        var focalPoint = await FocalPointAsync(app, "KAZ");
        var russian = MailDev.Address("aigerim");
        var english = MailDev.Address("daniyar");
        var uzbek = MailDev.Address("uzbek");
        var staff = MailDev.Address("staff");
        await AddAsync(focalPoint, "Айгерим Сапарова", russian, "ru", "KAZ", Delivery.DailyDigest);
        await AddAsync(focalPoint, "Daniyar Bekov", english, "en", "KAZ", Delivery.AtOnce);
        await AddAsync(secretariat, "Uzbek delegate", uzbek, "en", "UZB", Delivery.Never);
        await AddAsync(secretariat, "Staff", staff, "en", null, Delivery.AtOnce);

        var meeting = await CreateMeetingAsync(secretariat);
        (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();

        // At once: the English-speaking delegate gets the invitation now, in English, with its calendar request.
        var invitation = Assert.Single(await _mailDev.WaitForAsync(english));
        Assert.StartsWith("SummitCoordination: Invitation", invitation.Subject);
        Assert.Contains("Your state is invited to", invitation.TextBody);
        var request = CalendarOf(invitation);
        Assert.Equal("REQUEST", request.Method);
        // The entry is named by the meeting's day where it meets, and the mail says which file it is.
        var file = invitation.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar").FileName;
        Assert.Equal($"invite-{request.Events.Single().DtStart!.Value:yyyy-MM-dd}.ics", file);
        Assert.Contains($"({file})", invitation.TextBody);
        var sequence = request.Events.Single().Sequence;

        (await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason = "The venue is under repair." })).EnsureSuccessStatusCode();
        await _mailDev.WaitForAsync(english, 2);

        // The digest is due at the next digest time; nothing reached the Russian delegate before.
        Assert.Empty(await _mailDev.MailsToAsync(russian));
        var due = app.Services.GetRequiredService<DigestSchedule>().Next(Delivery.DailyDigest, _clock.GetUtcNow().UtcDateTime);
        _clock.Advance(due - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));

        var digest = Assert.Single(await _mailDev.WaitForAsync(russian));
        Assert.Equal("SummitCoordination: уведомления за день (2)", digest.Subject);
        Assert.Equal("ru", digest.Body!.Headers["Content-Language"]);
        Assert.Contains("Уважаемый(ая) Айгерим Сапарова", digest.TextBody);
        Assert.Contains("Ваше государство приглашено на встречу", digest.TextBody);
        Assert.Contains("отложена: The venue is under repair.", digest.TextBody);
        Assert.DoesNotContain("Your state is invited", digest.TextBody);
        Assert.Contains("lang=\"ru\"", digest.HtmlBody);
        Assert.Contains("http://summit.test/delegation", digest.TextBody);
        Assert.Contains("http://summit.test/mail/unsubscribe?token=", digest.TextBody);

        // One calendar entry for the meeting, as it is now: the same UID, a later SEQUENCE, still a request (postponed: tentative).
        var calendar = CalendarOf(digest);
        Assert.Equal("REQUEST", calendar.Method);
        var entry = calendar.Events.Single();
        Assert.Equal($"{meeting:D}@summit-coordination", entry.Uid);
        Assert.True(entry.Sequence > sequence);
        Assert.Equal(new DateTime(MeetingStart.Year, MeetingStart.Month, MeetingStart.Day, 10, 0, 0), entry.DtStart!.Value);
        Assert.Equal("Asia/Almaty", entry.DtStart.TzId);

        // The right people: the Uzbek delegate chose never, and the secretariat's inbox is not told of invitations.
        Assert.Empty(await _mailDev.MailsToAsync(uzbek));
        Assert.Empty(await _mailDev.MailsToAsync(staff));

        // A cancelled meeting: METHOD:CANCEL, same UID, a later SEQUENCE again.
        (await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "Called off." })).EnsureSuccessStatusCode();
        var cancel = CalendarOf((await _mailDev.WaitForAsync(english, 3))[2]);
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal($"{meeting:D}@summit-coordination", cancel.Events.Single().Uid);
        Assert.True(cancel.Events.Single().Sequence > entry.Sequence);
    }

    [Fact]
    public async Task A_Russian_delegates_daily_digest_tells_in_Russian_of_the_draft_record_with_its_link_and_the_windows_end()
    {
        await using var app = Start(_mailDev.SmtpPort);
        var summit = new Summit(app.ClientAs);
        var russian = MailDev.Address("record-ru");
        await AddAsync(await app.Secretariat(), "Айгерим Сапарова", russian, "ru", "KAZ", Delivery.DailyDigest);
        var sat = await MeetingRecordScenario.SitAsync(summit, new DateTimeOffset(2035, 11, 14, 10, 0, 0, TimeSpan.FromHours(5)));
        var closes = (await MeetingRecordScenario.ConcludeAsync(summit, sat.MeetingId)).GetProperty("windowClosesUtc").GetDateTime();
        Assert.Empty(await _mailDev.MailsToAsync(russian));

        // The draft record reaches Scheduling as a message after the close: its notice is in Kazakhstan's inbox before the day ends.
        var kazakhstan = await summit.Delegation("KAZ");
        await Eventually.Until(async () => (await kazakhstan.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray()
            .Any(n => n.GetProperty("kind").GetString() == "RecordDrafted"), TimeSpan.FromSeconds(30), "the draft record's notice");
        var due = app.Services.GetRequiredService<DigestSchedule>().Next(Delivery.DailyDigest, _clock.GetUtcNow().UtcDateTime);
        _clock.Advance(due - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));

        // One mail with the day's notices (the invitation, the items, the draft record), the record's in Russian.
        var digest = Assert.Single(await _mailDev.WaitForAsync(russian));
        Assert.StartsWith("SummitCoordination: уведомления за день", digest.Subject);
        Assert.Contains("Проект журнала заседания: Выпущен проект журнала заседания «Council of Foreign Ministers", digest.TextBody);
        Assert.Contains($"до {BuildingBlocks.Languages.OfficialDates.Instant(closes, "ru")}.", digest.TextBody);
        Assert.Contains($"Журнал заседания: http://summit.test/meetings/{sat.MeetingId}/record", digest.TextBody);
        Assert.Contains($"<a href=\"http://summit.test/meetings/{sat.MeetingId}/record\">", digest.HtmlBody);
        Assert.Contains("Ваше государство приглашено на встречу", digest.TextBody);
        Assert.DoesNotContain("draft record", digest.TextBody);
        Assert.Equal("REQUEST", CalendarOf(digest).Method);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_loses_nothing_and_the_mail_goes_once_it_is_back()
    {
        await using var forwarder = new TcpForwarder(_mailDev.SmtpHost, _mailDev.SmtpPort);
        await using var app = Start(forwarder.Port);
        var secretariat = await app.Secretariat();
        var address = MailDev.Address("patient");
        await AddAsync(secretariat, "Patient Delegate", address, "en", "KGZ", Delivery.AtOnce);
        var meeting = await CreateMeetingAsync(secretariat);

        // The server is down (nothing listens): the invitation is tried, fails, and waits for its next try.
        (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();
        var waiting = await Eventually.Until(() => OutboxAsync(secretariat, address), m => m is { Attempts: >= 1 }, what: "a failed try");
        Assert.Equal(MailStatus.Pending, waiting!.Status);
        Assert.NotNull(waiting.LastError);

        // Back: the mail goes at its next try (the clock moved to it), once.
        forwarder.Start();
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(await _mailDev.WaitForAsync(address));
        var sent = await Eventually.Until(() => OutboxAsync(secretariat, address), m => m!.Status == MailStatus.Sent, what: "the mail marked sent");
        Assert.Equal(waiting.Id, sent!.Id);
        Assert.Single(await _mailDev.MailsToAsync(address));
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_parked_after_its_last_try_and_the_secretariat_can_send_it_again()
    {
        await using var forwarder = new TcpForwarder(_mailDev.SmtpHost, _mailDev.SmtpPort);
        await using var app = new SummitApp(harness: true, settings: new Dictionary<string, string?>
        {
            ["Mail:Transport"] = "Smtp", ["Mail:Smtp:Host"] = _mailDev.SmtpHost, ["Mail:Smtp:Port"] = forwarder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None", ["Mail:PollInterval"] = "00:00:00.100", ["Mail:MaxAttempts"] = "3",
        }, services: s => s.AddSingleton<TimeProvider>(_clock));
        var secretariat = await app.Secretariat();
        var address = MailDev.Address("parked");
        await AddAsync(secretariat, "Parked Delegate", address, "en", "TJK", Delivery.AtOnce);
        (await secretariat.PostAsync($"/api/meetings/{await CreateMeetingAsync(secretariat)}/announce", null)).EnsureSuccessStatusCode();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Eventually.Until(() => OutboxAsync(secretariat, address), m => m is { } mail && mail.Attempts >= attempt, what: $"try {attempt}");
            _clock.Advance(TimeSpan.FromHours(2));
        }

        var parked = await OutboxAsync(secretariat, address);
        Assert.Equal(MailStatus.Parked, parked!.Status);
        var outbox = await secretariat.GetFromJsonAsync<JsonElement>("/api/mail/outbox?status=Parked");
        Assert.True(outbox.GetProperty("parked").GetInt32() >= 1);

        forwarder.Start();
        (await secretariat.PostAsync($"/api/mail/outbox/{parked.Id}/retry", null)).EnsureSuccessStatusCode();
        Assert.Single(await _mailDev.WaitForAsync(address));
        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.PostAsync($"/api/mail/outbox/{parked.Id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Nothing_is_sent_twice_after_a_restart()
    {
        using var data = new TempDirectory();
        var address = MailDev.Address("restart");
        Guid meeting;
        await using (var first = Start(_mailDev.SmtpPort, data.Path))
        {
            var secretariat = await first.Secretariat();
            await AddAsync(secretariat, "Restart Delegate", address, "en", "TKM", Delivery.AtOnce);
            meeting = await CreateMeetingAsync(secretariat);
            (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();
            await _mailDev.WaitForAsync(address);
            await Eventually.Until(async () => (await OutboxAsync(secretariat, address))?.Status == MailStatus.Sent, what: "the mail marked sent");
        }

        await using var second = Start(_mailDev.SmtpPort, data.Path);
        var staff = await second.Secretariat();
        // A later notice goes through the same sender after the restart: once it arrived, the first had its chance to go again.
        (await staff.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason = "Later." })).EnsureSuccessStatusCode();
        var mails = await _mailDev.WaitForAsync(address, 2);
        Assert.Equal(2, mails.Count);
        Assert.Equal(2, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_signing_in_and_a_forged_one_changes_nothing()
    {
        await using var app = Start(_mailDev.SmtpPort);
        var secretariat = await app.Secretariat();
        var address = MailDev.Address("leaving");
        var person = await AddAsync(secretariat, "Leaving Delegate", address, "en", "KAZ", Delivery.AtOnce);
        var meeting = await CreateMeetingAsync(secretariat);
        (await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null)).EnsureSuccessStatusCode();
        var mail = Assert.Single(await _mailDev.WaitForAsync(address));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var link = mail.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Stop all mail", StringComparison.Ordinal));
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];

        var anonymous = app.CreateClient();
        var forged = (token[0] == 'A' ? "B" : "A") + token[1..];
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync($"/api/mail/unsubscribe?token={forged}", null)).StatusCode);
        Assert.Equal(Delivery.AtOnce, (await PersonAsync(secretariat, person)).Preferences[Contracts.NotificationKind.Postponed]);

        var shown = await anonymous.GetFromJsonAsync<JsonElement>($"/api/mail/unsubscribe?token={token}");
        Assert.Equal("Leaving Delegate", shown.GetProperty("name").GetString());
        (await anonymous.PostAsync($"/api/mail/unsubscribe?token={token}", null)).EnsureSuccessStatusCode();
        Assert.All((await PersonAsync(secretariat, person)).Preferences.Values, d => Assert.Equal(Delivery.Never, d));

        // No more mail: the postponement reaches another delegate of the same state at once, and not this one (both
        // notices were written in one transaction, so once the witness has its mail the sender has had its round).
        var witness = MailDev.Address("witness");
        await AddAsync(secretariat, "Witness", witness, "en", "KAZ", Delivery.AtOnce);
        (await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason = "Later." })).EnsureSuccessStatusCode();
        await _mailDev.WaitForAsync(witness);
        Assert.Single(await _mailDev.MailsToAsync(address));
    }

    [Fact]
    public async Task People_refuse_bad_input_and_a_focal_point_manages_only_its_own_state()
    {
        await using var app = Start(_mailDev.SmtpPort);
        var secretariat = await app.Secretariat();
        var focalPoint = await FocalPointAsync(app, "KAZ");
        var delegation = await app.Delegation("KAZ");
        var address = MailDev.Address("unique");
        await AddAsync(focalPoint, "First", address, "ru", "KAZ", Delivery.WeeklyDigest);

        async Task<(HttpStatusCode, string?)> Post(HttpClient client, object body)
        {
            var response = await client.PostAsJsonAsync("/api/people", body);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return (response.StatusCode, problem.TryGetProperty("code", out var code) ? code.GetString() : null);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(focalPoint, new { name = "Bad", email = "not an address", language = "en", party = "KAZ" })).Item1);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(focalPoint, new { name = "Bad", email = MailDev.Address("x"), language = "de", party = "KAZ" })).Item1);
        Assert.Equal((HttpStatusCode.Forbidden, "person.other-state"), await Post(focalPoint, new { name = "Other", email = MailDev.Address("x"), language = "en", party = "UZB" }));
        Assert.Equal((HttpStatusCode.Forbidden, "person.other-state"), await Post(focalPoint, new { name = "Staff", email = MailDev.Address("x"), language = "en" }));
        Assert.Equal((HttpStatusCode.Conflict, "person.duplicate-address"), await Post(focalPoint, new { name = "Twin", email = address.ToUpperInvariant(), language = "en", party = "KAZ" }));
        // A delegation that is not the focal point manages nobody.
        Assert.Equal(HttpStatusCode.Forbidden, (await delegation.PostAsJsonAsync("/api/people", new { name = "N", email = MailDev.Address("x"), language = "en", party = "KAZ" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.GetAsync("/api/people?party=UZB")).StatusCode);

        // Nothing of the refused requests was kept.
        var kaz = await focalPoint.GetFromJsonAsync<List<PersonResponse>>("/api/people", Json);
        Assert.Equal([address], kaz!.Select(p => p.Email));
        Assert.Equal("ru", kaz![0].Language);
        Assert.Equal(Delivery.WeeklyDigest, kaz[0].Preferences[Contracts.NotificationKind.Invited]);

        var uzbek = await AddAsync(secretariat, "Uzbek", MailDev.Address("uz"), "en", "UZB", Delivery.AtOnce);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.GetAsync($"/api/people/{uzbek}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PutAsJsonAsync($"/api/people/{uzbek}/preferences",
            new { preferences = new Dictionary<string, string> { ["Invited"] = "Never" } })).StatusCode);
        Assert.Equal(Delivery.AtOnce, (await PersonAsync(secretariat, uzbek)).Preferences[Contracts.NotificationKind.Invited]);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly DateTimeOffset MeetingStart = NextTuesday(DateTimeOffset.UtcNow.AddDays(150));

    private static DateTimeOffset NextTuesday(DateTimeOffset from)
    {
        var day = from.Date;
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
    }

    private static async Task<Guid> CreateMeetingAsync(HttpClient secretariat) =>
        (await MeetingsApi.CreateAsync(secretariat, "Council of Foreign Ministers", MeetingStart,
            edit: r => r["override"] = new { reason = "Whatever the calendar holds that day, for the mail test." })).Id();

    private static async Task<HttpClient> FocalPointAsync(SummitApp app, string party)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/dev/tokens", new { role = "Delegation", party, name = $"focal-{party.ToLowerInvariant()}", focalPoint = true });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> AddAsync(HttpClient client, string name, string email, string language, string? party, Delivery everything)
    {
        var preferences = Enum.GetValues<Contracts.NotificationKind>().ToDictionary(k => k.ToString(), _ => everything.ToString());
        var response = await client.PostAsJsonAsync("/api/people", new { name, email, language, party, preferences });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<PersonResponse> PersonAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<PersonResponse>($"/api/people/{id}", Json))!;

    private static async Task<QueuedMailResponse?> OutboxAsync(HttpClient secretariat, string address)
    {
        var outbox = await secretariat.GetFromJsonAsync<MailOutboxResponse>("/api/mail/outbox?take=500", Json);
        return outbox!.Mails.SingleOrDefault(m => m.To == address);
    }

    private static Calendar CalendarOf(MimeMessage mail)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
    }
}
