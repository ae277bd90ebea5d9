using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Meeting timers live in the persistent Quartz store: they fire in a host started after the one that set them.</summary>
[Trait("Category", "Timers")]
public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static void AtAnyHour(Dictionary<string, object?> request) =>
        request["override"] = new { reason = "Test run at whatever hour the clock shows" };

    [Fact]
    public async Task A_meeting_convenes_and_concludes_by_itself_after_the_service_was_stopped_and_started()
    {
        Guid id;
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            var client = await first.Secretariat();
            await first.PauseTimersAsync();
            var start = DateTimeOffset.UtcNow.AddSeconds(6);
            id = (await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", start, TimeSpan.FromSeconds(3), AtAnyHour)).Id();
            var meeting = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}");
            Assert.Equal("Planned", meeting.GetProperty("status").GetString());
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        var again = await second.Secretariat();
        await Eventually.Until(async () => (await again.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("status").GetString() == "Concluded",
            TimeSpan.FromSeconds(60), "the meeting to convene and conclude after the restart");
        var harness = second.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingConcluded>().Any(m => m.Context.Message.MeetingId == id)), what: "MeetingConcluded");
        var history = await again.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history");
        Assert.Contains(history.EnumerateArray(), c => c.GetProperty("kind").GetString() == "Convened" && c.GetProperty("actor").GetString() == "system");
    }

    [Fact]
    public async Task A_reminder_set_before_a_restart_reaches_the_delegations_inbox_after_it()
    {
        Guid id;
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            var client = await first.Secretariat();
            await first.PauseTimersAsync();
            id = (await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", DateTimeOffset.UtcNow.AddDays(1).AddSeconds(6), edit: AtAnyHour)).Id();
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        var kazakhstan = await second.Delegation("KAZ");
        var reminder = await Eventually.Until(
            async () => (await kazakhstan.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray()
                .FirstOrDefault(n => n.GetProperty("meetingId").GetGuid() == id && n.GetProperty("kind").GetString() == "Reminder"),
            n => n.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(60), "the 1-day reminder");
        Assert.Contains("1 day", reminder.GetProperty("message").GetString());
        var harness = second.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingReminderDue>()
            .Any(m => m.Context.Message.MeetingId == id && m.Context.Message.DaysBefore == 1 && m.Context.Message.Parties.Contains("UZB"))), what: "MeetingReminderDue");
    }

    [Fact]
    public async Task A_meeting_whose_timers_were_lost_in_a_crash_gets_them_back_at_the_next_start()
    {
        Guid id;
        var start = new DateTimeOffset(2031, 9, 8, 10, 0, 0, TimeSpan.FromHours(5));
        using (var first = new SummitApp(harness: true, dataDirectory: _data.Path))
        {
            var client = await first.Secretariat();
            id = (await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", start)).Id();
            // The crash between the meeting's commit and the scheduling of its timers, simulated by taking them away.
            await first.Services.GetRequiredService<Meetings.MeetingDeadlines>().ClearAsync(id, CancellationToken.None);
        }

        using var second = new SummitApp(harness: true, dataDirectory: _data.Path);
        await second.Secretariat();
        var timers = second.Services.GetRequiredService<Meetings.MeetingDeadlines>();
        Assert.Equal(start.UtcDateTime, await timers.NextAsync(id, Meetings.MeetingDeadlineKind.Convene, CancellationToken.None));
        Assert.Equal(start.UtcDateTime.AddDays(-7), await timers.NextAsync(id, Meetings.MeetingDeadlineKind.Reminder7, CancellationToken.None));
    }

    /// <summary>
    /// Both of a meeting's timers fall due together when the service was down (or stalled) through the whole meeting,
    /// and Quartz may run the closing one first. Found on PostgreSQL, where the two ran side by side after a restart and
    /// the meeting stayed convened for ever. Here the convening timer is taken away, so only the closing one runs.
    /// </summary>
    [Fact]
    public async Task A_meeting_whose_closing_timer_runs_before_its_convening_one_is_convened_and_closed()
    {
        using var app = new SummitApp(harness: true, dataDirectory: _data.Path);
        var client = await app.Secretariat();
        await app.PauseTimersAsync();
        var start = DateTimeOffset.UtcNow.AddSeconds(2);
        var id = (await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", start, TimeSpan.FromSeconds(1), AtAnyHour)).Id();
        await app.Services.GetRequiredKeyedService<BuildingBlocks.Deadlines.IDeadlines>("Scheduling")
            .ClearAsync(Meetings.MeetingDeadlines.Key(id, Meetings.MeetingDeadlineKind.Convene), CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(DateTimeOffset.UtcNow > start.AddSeconds(1)), what: "the meeting's end passed");

        await app.ResumeTimersAsync();

        await Eventually.Until(async () => (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("status").GetString() == "Concluded",
            TimeSpan.FromSeconds(60), "the meeting closed by its closing timer alone");
        var kinds = (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history")).EnumerateArray()
            .Where(c => c.GetProperty("actor").GetString() == "system").Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Convened", "Concluded"], kinds);
        var harness = app.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<MeetingConvened>().Any(m => m.Context.Message.MeetingId == id)
            && harness.Published.Select<MeetingConcluded>().Any(m => m.Context.Message.MeetingId == id)), what: "MeetingConvened and MeetingConcluded");
    }
}
