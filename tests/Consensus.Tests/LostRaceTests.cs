using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;
using Xunit.Abstractions;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 19, point 2, in Consensus: a person's act never loses a race with the service's own background work; a
/// refusal, when the act has become impossible, is the item's own rule and says what the item is now.
/// <para>
/// What writes an agenda item in the background here: the silence deadline job (it decides the item and, adopted below
/// its target layer, escalates it to the parent body's next meeting) and the meeting-lifecycle consumers (convened: the
/// items open; concluded, postponed, cancelled: the undecided ones move on; scheduled, rescheduled: waiting items are
/// placed). Nothing reacts to a position in the background: a position is recorded, and silence broken decided, inside
/// the delegation's own request (PUT positions), so a decision right after the last position meets no background
/// writer from it. The background writer that does meet that decision is the silence deadline falling at the same moment,
/// and that is what these tests race; the climb they race is the same job escalating an item adopted by silence.
/// </para>
/// Each round pauses the service's timers, lets the deadline pass, then resumes them and sends the act at once, so the
/// job and the act start together. SUMMIT_RACE_REPEATS sets the number of rounds: 25 in the test command, 100 in <c>tests/slow.sh</c>.
/// </summary>
[Trait("Category", "Timers")]
public sealed class LostRaceTests(SummitAppFixture fixture, ITestOutputHelper output) : IClassFixture<SummitAppFixture>
{
    private static int Repeats => int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_RACE_REPEATS"), out var n) ? n : 25;

    private readonly Summit _summit = fixture.Summit;

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task A_decision_right_after_the_last_position_as_the_silence_deadline_falls_never_loses_to_the_deadline_job()
    {
        var clock = Stopwatch.StartNew();
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Astana(2038, 3, 3));
        await _summit.ConveneAsync(meeting);
        var chair = await ChairAsync(meeting);
        var secretariat = await _summit.Secretariat();
        var uzb = await _summit.Delegation("UZB");
        var items = new List<Guid>();
        var refused = new List<string>();
        var byTheChair = 0;
        await fixture.App.PauseTimersAsync();
        try
        {
            for (var round = 0; round < Repeats; round++)
            {
                // Proposed to a convened meeting: under consideration at once. Under silence no answer is consent, so
                // one state's answer, given as the deadline passes, is the last position.
                var item = await ProposeAsync(secretariat, meeting, $"Silence round {round}", "Ministers");
                items.Add(item);
                await PassedAsync(await StartSilenceAsync(secretariat, item));
                await PositionAsync(uzb, item, "UZB", "Concur");

                await fixture.App.ResumeTimersAsync();
                var decided = await chair.PostAsync($"/api/agenda-items/{item}/decision", null);
                await fixture.App.PauseTimersAsync();

                var body = await decided.Content.ReadAsStringAsync();
                if (decided.StatusCode == HttpStatusCode.OK)
                {
                    byTheChair++;
                    var outcome = JsonDocument.Parse(body).RootElement.GetProperty("outcome");
                    if (outcome.GetProperty("code").GetString() != "silence-held")
                    {
                        refused.Add($"round {round}: decided, but {outcome}");
                    }
                }
                else if (!IsTheRule(decided, body, "item.not-under-consideration", "Adopted"))
                {
                    refused.Add($"round {round}: {(int)decided.StatusCode} {body}");
                }
            }
        }
        finally
        {
            await fixture.App.ResumeTimersAsync();
        }

        // Whoever came first, every item ends adopted at its meeting.
        var agenda = await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda"),
            a => a.GetProperty("items").EnumerateArray().All(i => i.GetProperty("status").GetString() == "Adopted"), TimeSpan.FromSeconds(30), "every item adopted");
        if (!agenda.GetProperty("items").EnumerateArray().Select(i => i.Id()).Order().SequenceEqual(items.Order()))
        {
            refused.Add($"the agenda holds other items than those proposed: {agenda}");
        }

        output.WriteLine($"{Repeats} rounds in {clock.Elapsed.TotalSeconds:F1} s; the chair decided {byTheChair}, the deadline job first " +
            $"{Repeats - byTheChair}; {refused.Count} wrong answers.");
        refused.Take(3).ToList().ForEach(output.WriteLine);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task An_agenda_reordered_while_an_item_climbs_to_the_next_layer_never_fails_for_the_climb()
    {
        var clock = Stopwatch.StartNew();
        // The working group's item adopted by silence climbs to the senior officials' next meeting, ahead on the calendar.
        var group = await _summit.MeetingAsync("Working Group on Water and Energy", Astana(2038, 9, 6));
        var officials = await _summit.MeetingAsync("National Coordinators", Astana(2038, 10, 4));
        await _summit.ConveneAsync(group);
        var chair = await ChairAsync(group);
        var secretariat = await _summit.Secretariat();
        var staying = await ProposeAsync(secretariat, group, "Date and place of the next meeting", "WorkingGroup", kind: "Information");
        foreach (var title in new[] { "Report of the working groups", "Preparation of the ministers' meeting" })
        {
            await ProposeAsync(secretariat, officials, title, "SeniorOfficials", kind: "Information");
        }

        var refused = new List<string>();
        Guid[]? expected = null;
        await fixture.App.PauseTimersAsync();
        try
        {
            for (var round = 0; round < Repeats; round++)
            {
                var climbing = await ProposeAsync(secretariat, group, $"Shared hydrological data, round {round}", "SeniorOfficials");
                var deadline = await StartSilenceAsync(secretariat, climbing);
                // What each person orders, from what they saw before the climb: the group's chair puts the climbing item
                // first; the secretariat swaps the first two items of the officials' agenda (every item named, as the console does).
                var groupOrder = new[] { climbing, staying };
                var seen = await AgendaAsync(secretariat, officials);
                if (expected is not null && !seen.SequenceEqual(expected))
                {
                    refused.Add($"round {round - 1}: the officials' agenda is {string.Join(", ", seen)}, not {string.Join(", ", expected)}");
                }

                Guid[] officialsOrder = [seen[1], seen[0], .. seen[2..]];
                await PassedAsync(deadline);

                await fixture.App.ResumeTimersAsync();
                var answers = await Task.WhenAll(
                    chair.PutAsJsonAsync($"/api/meetings/{group}/agenda/order", new { itemIds = groupOrder }),
                    secretariat.PutAsJsonAsync($"/api/meetings/{officials}/agenda/order", new { itemIds = officialsOrder }));
                foreach (var answer in answers)
                {
                    if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        refused.Add($"round {round}: {answer.RequestMessage!.RequestUri} {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                    }
                }

                // The climb is never lost to the reorder (the job that lost the race reads the item again); the item
                // reaches the officials' agenda after what the secretariat ordered, which the next round reads.
                await WaitItemAsync(secretariat, climbing, i => i.GetProperty("meetingId").ValueKind == JsonValueKind.String
                    && i.GetProperty("meetingId").GetGuid() == officials, $"round {round}: the climb to the senior officials");
                expected = [.. officialsOrder, climbing];
                await fixture.App.PauseTimersAsync();
            }
        }
        finally
        {
            await fixture.App.ResumeTimersAsync();
        }

        var officialsAgenda = await AgendaAsync(secretariat, officials);
        var groupAgenda = await AgendaAsync(secretariat, group);
        if (!officialsAgenda.SequenceEqual(expected!) || !groupAgenda.SequenceEqual([staying]))
        {
            refused.Add($"at the end: the officials' agenda {string.Join(", ", officialsAgenda)}, the group's {string.Join(", ", groupAgenda)}");
        }

        output.WriteLine($"{Repeats} rounds in {clock.Elapsed.TotalSeconds:F1} s; {refused.Count} wrong answers.");
        refused.Take(3).ToList().ForEach(output.WriteLine);
        Assert.Empty(refused);
    }

    // Each person's client is made once (a token per call would cost a request each): the rounds stay cheap.
    private static async Task<Guid> ProposeAsync(HttpClient client, Guid meeting, string title, string targetLayer, string kind = "Decision") =>
        (await StatementsApi.Created(await client.PostAsJsonAsync("/api/agenda-items", new { meetingId = meeting, kind, title, targetLayer }))).Id();

    private static async Task PositionAsync(HttpClient delegation, Guid item, string party, string position) =>
        await StatementsApi.Created(await delegation.PutAsJsonAsync($"/api/agenda-items/{item}/positions/{party}", new { position }), HttpStatusCode.OK);

    private static Task<JsonElement> WaitItemAsync(HttpClient client, Guid item, Func<JsonElement, bool> done, string what) =>
        Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}"), done, TimeSpan.FromSeconds(30), what);

    private async Task<HttpClient> ChairAsync(Guid meeting) =>
        await _summit.Delegation((await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("chair").GetString()!);

    private static async Task<Guid[]> AgendaAsync(HttpClient client, Guid meeting) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToArray();

    /// <summary>
    /// A deadline just ahead; the paused timers hold the job until resumed. The service refuses a deadline already past
    /// when the request arrives, so on a slow moment the deadline is set again a little further ahead.
    /// </summary>
    private static async Task<DateTimeOffset> StartSilenceAsync(HttpClient secretariat, Guid item)
    {
        for (var ahead = TimeSpan.FromMilliseconds(100); ; ahead *= 2)
        {
            var deadline = DateTimeOffset.UtcNow + ahead;
            var started = await secretariat.PostAsJsonAsync($"/api/agenda-items/{item}/silence", new { deadline });
            if (started.StatusCode == HttpStatusCode.OK)
            {
                return deadline;
            }

            var body = await started.Content.ReadAsStringAsync();
            if (!body.Contains("silence.deadline-past", StringComparison.Ordinal) || ahead > TimeSpan.FromSeconds(5))
            {
                throw new InvalidOperationException($"Starting silence gave {(int)started.StatusCode}: {body}");
            }
        }
    }

    /// <summary>Waits for an instant on the clock (the deadline), not for a guessed time.</summary>
    private static async Task PassedAsync(DateTimeOffset instant)
    {
        var left = instant - DateTimeOffset.UtcNow;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left + TimeSpan.FromMilliseconds(5));
        }
    }

    /// <summary>A refusal by the item's own rule (never "someone else changed this"), saying what the item is now.</summary>
    private static bool IsTheRule(HttpResponseMessage response, string body, string code, string currentStatus)
    {
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            return false;
        }

        var problem = JsonDocument.Parse(body).RootElement;
        return problem.GetProperty("code").GetString() == code
            && problem.TryGetProperty("currentStatus", out var status) && status.GetString() == currentStatus;
    }
}
