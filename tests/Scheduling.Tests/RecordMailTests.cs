using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 23, points 2 and 3 together: when a meeting's draft record is issued (Consensus publishes
/// <see cref="MeetingRecordDrafted"/> through its outbox at the close) the people of the states at the meeting are told,
/// each as they chose and in their language, with the record's link and the window's end; when the window closes (the
/// clock moved, not waited for) they are told that the record is final. The state absent from the meeting, the person
/// who chose never and the secretariat hear nothing. Mail is written as files here (no SMTP needed).
/// </summary>
[Trait("Category", "Timers")]
public sealed class RecordMailTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SummitApp _app;
    private readonly Summit _summit;

    public RecordMailTests()
    {
        _app = SummitApp.OnMovedClock(_clock, harness: true, settings: new Dictionary<string, string?>
        {
            ["Mail:PollInterval"] = "00:00:00.100",
            ["Mail:PublicBaseUrl"] = "http://summit.test",
        });
        _summit = new Summit((role, party) => _app.ClientAs(role, party));
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_people_of_the_states_at_the_meeting_hear_of_the_draft_record_and_of_the_final_one_in_their_language()
    {
        var secretariat = await _summit.Secretariat();
        var russian = await AddAsync(secretariat, "Айгерим Сапарова", "aigerim@mail.test", "ru", "KAZ", "AtOnce");
        var silent = await AddAsync(secretariat, "Silent Delegate", "silent@mail.test", "en", "KAZ", "Never");
        var tajik = await AddAsync(secretariat, "Tajik Delegate", "tajik@mail.test", "en", "TJK", "AtOnce");
        var absent = await AddAsync(secretariat, "Turkmen Delegate", "turkmen@mail.test", "en", "TKM", "AtOnce");
        var staff = await AddAsync(secretariat, "Staff", "staff@mail.test", "en", null, "AtOnce");

        var sat = await MeetingRecordScenario.SitAsync(_summit, new DateTimeOffset(2035, 11, 14, 10, 0, 0, TimeSpan.FromHours(5)), "TKM");
        var draft = await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);
        var closes = draft.GetProperty("windowClosesUtc").GetDateTime();

        // Published through Consensus's outbox, with the window's end.
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        var drafted = await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingRecordDrafted>()
            .Select(m => m.Context.Message).FirstOrDefault(m => m.MeetingId == sat.MeetingId)), m => m is not null, TimeSpan.FromSeconds(30), "MeetingRecordDrafted");
        Assert.Equal((draft.GetProperty("id").GetGuid(), closes), (drafted!.RecordId, drafted.WindowClosesUtc));

        // The right people: the two states at the meeting; not the one absent, not the one who chose never, not the secretariat.
        var notices = await NoticesAsync(NotificationKind.RecordDrafted, 2);
        Assert.Equal(new[] { russian, tajik }.Order(), notices.Select(n => n.PersonId).Order());
        Assert.DoesNotContain(notices, n => n.PersonId == silent || n.PersonId == absent || n.PersonId == staff);
        Assert.All(notices, n => Assert.Equal(sat.MeetingId, n.MeetingId));

        // Their inbox says it in English for an API client; the Russian delegate's mail says it in Russian, with the link.
        var inbox = await (await _summit.Delegation("KAZ")).GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("kind").GetString() == "RecordDrafted"
            && n.GetProperty("message").GetString()!.EndsWith($"until {closes:u}.", StringComparison.Ordinal));
        var mail = await MailAsync(russian, "Проект журнала заседания");
        Assert.Contains("Выпущен проект журнала заседания «Council of Foreign Ministers", mail.Text);
        Assert.Contains($"до {BuildingBlocks.Languages.OfficialDates.Instant(closes, "ru")}.", mail.Text);
        Assert.Contains($"Журнал заседания: http://summit.test/meetings/{sat.MeetingId}/record", mail.Text);
        Assert.Contains($"<a href=\"http://summit.test/meetings/{sat.MeetingId}/record\">", mail.Html);
        Assert.DoesNotContain("The draft record", mail.Text);

        // The window closes: told again, that the record is final.
        _clock.Advance(closes - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        await MeetingRecordScenario.WaitAsync(_summit, sat.MeetingId, "Final");
        var finals = await NoticesAsync(NotificationKind.RecordFinalised, 2);
        Assert.Equal(new[] { russian, tajik }.Order(), finals.Select(n => n.PersonId).Order());
        var final = await MailAsync(russian, "Журнал заседания окончательный");
        Assert.Contains("стал окончательным и больше не изменяется.", final.Text);
        Assert.Contains($"/meetings/{sat.MeetingId}/record", final.Text);
    }

    private async Task<List<Mail.MailNotice>> NoticesAsync(NotificationKind kind, int count) =>
        await Eventually.Until(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            return await db.MailNotices.AsNoTracking().Where(n => n.Kind == kind).ToListAsync();
        }, n => n.Count >= count, TimeSpan.FromSeconds(30), $"{count} notices of {kind}");

    private async Task<Mail.QueuedMail> MailAsync(Guid person, string subjectContains) =>
        (await Eventually.Until(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            return (await db.QueuedMails.AsNoTracking().Where(m => m.PersonId == person).ToListAsync()).FirstOrDefault(m => m.Subject.Contains(subjectContains, StringComparison.Ordinal));
        }, m => m is not null, TimeSpan.FromSeconds(30), $"a mail '{subjectContains}'"))!;

    private static async Task<Guid> AddAsync(HttpClient client, string name, string email, string language, string? party, string everything)
    {
        var preferences = Enum.GetNames<NotificationKind>().ToDictionary(k => k, _ => everything);
        var response = await client.PostAsJsonAsync("/api/people", new { name, email, language, party, preferences });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
