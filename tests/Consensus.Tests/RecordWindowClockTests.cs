using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 23, point 2, "Done when" for the record, through the HTTP API: a delegation corrects its own part within the
/// window, the secretariat accepts, the window closes because the clock is moved (the container's
/// <see cref="FakeTimeProvider"/>, which Quartz schedules by too: the persistent job fires, nothing waits), and the record
/// is final, published (<c>MeetingRecordFinalised</c>), public, and printed as a PDF read back with pdftotext.
/// </summary>
[Trait("Category", "Timers")]
public sealed class RecordWindowClockTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SummitApp _app;
    private readonly Summit _summit;

    public RecordWindowClockTests()
    {
        _app = SummitApp.OnMovedClock(_clock, harness: true);
        _summit = new Summit((role, party) => _app.ClientAs(role, party));
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_correction_accepted_within_the_window_is_in_the_final_record_made_when_the_clock_passes_the_window()
    {
        var secretariat = await _summit.Secretariat();
        var body = await StandardBodies.IdOf(secretariat, "Council of Foreign Ministers");
        Assert.Equal(HttpStatusCode.OK, (await StandardBodies.SetCorrectionWindowAsync(secretariat, body, 3)).StatusCode);
        var sat = await MeetingRecordScenario.SitAsync(_summit, new DateTimeOffset(2035, 11, 14, 10, 0, 0, TimeSpan.FromHours(5)));
        var draft = await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);
        var closes = _clock.GetUtcNow().UtcDateTime.AddDays(3);
        Assert.Equal(closes, draft.GetProperty("windowClosesUtc").GetDateTime());
        Assert.Equal(("Adopted", "Consensus"), (Agenda(draft, sat.DecisionItem).GetProperty("outcome").GetString(), Agenda(draft, sat.DecisionItem).GetProperty("rule").GetString()));

        var path = $"/api/meetings/{sat.MeetingId}/record";
        var kazakhstan = await _summit.Delegation("KAZ");
        _clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        var corrected = await kazakhstan.PostAsJsonAsync($"{path}/corrections", new
        {
            party = "KAZ", part = "Attendance", headName = "Murat Nurtleu", headRank = "Deputy Prime Minister, Minister of Foreign Affairs",
            members = new[] { "Adviser of KAZ", "Ambassador of Kazakhstan to Uzbekistan" },
        });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var correction = (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unanswered = await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Attendance", headName = "Nobody", headRank = "None" });
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync($"{path}/corrections/{correction}/accept", new { })).StatusCode);
        Assert.Equal("Draft", (await secretariat.GetFromJsonAsync<JsonElement>(path)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, unanswered.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var final = await MeetingRecordScenario.WaitAsync(_summit, sat.MeetingId, "Final");

        Assert.Equal(closes, final.GetProperty("finalisedUtc").GetDateTime());
        Assert.Equal("General", final.GetProperty("distribution").GetString());
        var kazakh = final.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("party").GetString() == "KAZ");
        Assert.Equal("Deputy Prime Minister, Minister of Foreign Affairs", kazakh.GetProperty("headRank").GetString());
        Assert.Contains(final.GetProperty("corrections").EnumerateArray(), c => c.GetProperty("status").GetString() == "Lapsed");
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingRecordFinalised>().Any(m => m.Context.Message.MeetingId == sat.MeetingId)),
            TimeSpan.FromSeconds(30), "MeetingRecordFinalised published through the outbox");
        var finalised = harness.Published.Select<MeetingRecordFinalised>().Single(m => m.Context.Message.MeetingId == sat.MeetingId).Context.Message;
        Assert.Equal((final.GetProperty("id").GetGuid(), body, closes, true), (finalised.RecordId, finalised.BodyId, finalised.AtUtc, finalised.Public));
        Assert.Equal(("Journal of the meeting: " + final.GetProperty("meetingTitle").GetString(), "Журнал заседания: " + final.GetProperty("meetingTitle").GetString()),
            (finalised.TitleEn, finalised.TitleRu));

        // Final: nothing changes any more, and anyone reads it, as JSON and as a PDF.
        var after = await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Attendance", headName = "Murat Nurtleu", headRank = "Minister" });
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
        var observer = await _summit.Observer();
        var open = await observer.GetFromJsonAsync<JsonElement>($"/public/records/{sat.MeetingId}");
        Assert.Equal(0, open.GetProperty("corrections").GetArrayLength());
        var pdf = await observer.GetByteArrayAsync($"/public/records/{sat.MeetingId}/pdf");
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Journal of the meeting", text);
        Assert.Contains("Журнал заседания", text);
        Assert.Contains("Deputy Prime Minister, Minister of Foreign Affairs", text);
        Assert.Contains(MeetingRecordScenario.StatementSymbol, text);
        // Two columns side by side: a line of each in turn, so only words are sure to be found whole.
        Assert.Contains("Таджикистан", text);
        Assert.Contains("Interpretative statement", text);
        Assert.Contains("Final record", text);
    }

    [Fact]
    public async Task The_record_s_PDF_asked_in_Kyrgyz_or_Turkmen_puts_that_language_s_labels_outcomes_and_date_in_the_English_column_s_place()
    {
        var sat = await MeetingRecordScenario.SitAsync(_summit, new DateTimeOffset(2036, 3, 14, 10, 0, 0, TimeSpan.FromHours(5)));
        await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);
        var kyrgyzstan = await _summit.Delegation("KGZ");
        var path = $"/api/meetings/{sat.MeetingId}/record/pdf";

        var kyrgyz = await kyrgyzstan.GetAsync($"{path}?lang=ky");
        Assert.Equal(HttpStatusCode.OK, kyrgyz.StatusCode);
        Assert.EndsWith("-draft-ky.pdf", kyrgyz.Content.Headers.ContentDisposition?.FileNameStar);
        var text = await PdfTextAsync(await kyrgyz.Content.ReadAsByteArrayAsync());
        foreach (var expected in new[]
                 {
                     "Протоколдун долбоору", "таратылышы: чектелген", "2036-жылдын 14-марты", "Катышуу", "Каралган түрүндөгү күн тартиби", "кабыл алынды",
                     "Чечмелөө жөнүндө билдирүү", "ДОЛБООР / ПРОЕКТ", "1-бет, бардыгы",
                     // The Russian column as always.
                     "Проект журнала", "Заявление о толковании",
                 })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("Draft record", text);

        var turkmen = await PdfTextAsync(await kyrgyzstan.GetByteArrayAsync($"{path}?lang=tk"));
        foreach (var expected in new[] { "Ýazgynyň taslamasy", "2036-njy ýylyň 14-nji marty", "Düşündiriş beýannamasy", "kabul edildi", "Sahypa 1 /" })
        {
            Assert.Contains(expected, turkmen);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await kyrgyzstan.GetAsync($"{path}?lang=de")).StatusCode);
    }

    private static JsonElement Agenda(JsonElement record, Guid item) =>
        record.GetProperty("agenda").EnumerateArray().Single(a => a.GetProperty("itemId").GetGuid() == item);

    /// <summary>The PDF's text as a reader's viewer finds it (poppler's pdftotext, which test.sh installs), every run of white space one space.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
