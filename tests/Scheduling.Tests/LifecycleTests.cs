using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class LifecycleTests : IClassFixture<SummitAppFixture>
{
    private const string Ministers = "Council of Foreign Ministers";
    private readonly SummitApp _app;
    private static int _day;

    public LifecycleTests(SummitAppFixture fixture) => _app = fixture.App;

    /// <summary>A weekday morning in Astana in 2029, a different one for each meeting so that none clash.</summary>
    private static DateTimeOffset NextSlot() => new DateTimeOffset(2029, 1, 8, 10, 0, 0, TimeSpan.FromHours(5)).AddDays(7 * Interlocked.Increment(ref _day));

    private async Task<T> Published<T>(Func<T, bool> match) where T : class
    {
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        var found = await Eventually.Until(() => Task.FromResult(harness.Published.Select<T>().Select(p => p.Context.Message).FirstOrDefault(match)),
            m => m is not null, what: typeof(T).Name);
        return found!;
    }

    [Fact]
    public async Task A_meeting_goes_Planned_Announced_Convened_Concluded_and_each_step_is_an_event_and_kept()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/meetings/{id}/announce", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.ConveneAsync(client, id)).StatusCode);
        var concluded = await MeetingsApi.ReadAsync(await client.PostAsync($"/api/meetings/{id}/conclude", null));

        Assert.Equal("Concluded", concluded.GetProperty("status").GetString());
        await Published<MeetingAnnounced>(e => e.MeetingId == id);
        await Published<MeetingConvened>(e => e.MeetingId == id);
        await Published<MeetingConcluded>(e => e.MeetingId == id);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history");
        Assert.Equal(["Scheduled", "Announced", "Convened", "Concluded"], history.EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.All(history.EnumerateArray(), c => Assert.Equal("secretariat-staff", c.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task A_meeting_convened_long_before_its_start_needs_a_reason_which_its_history_keeps()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();

        var early = await client.PostAsync($"/api/meetings/{id}/convene", null);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await MeetingsApi.ReadAsync(early);
        Assert.Equal("meeting.convene-before-start", problem.GetProperty("code").GetString());
        Assert.True(problem.TryGetProperty("earliestUtc", out _));
        Assert.Equal("Planned", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/meetings/{id}/convene", new { reason = "  " })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.ConveneAsync(client, id)).StatusCode);
        var convened = (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history")).EnumerateArray().Last();
        Assert.Equal("Convened", convened.GetProperty("kind").GetString());
        Assert.Equal($"ahead of its scheduled start: {MeetingsApi.AheadReason}", convened.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("conclude")]
    [InlineData("convene-twice")]
    public async Task An_illegal_transition_is_409_naming_the_current_status(string what)
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();
        if (what == "convene-twice")
        {
            await MeetingsApi.ConveneAsync(client, id);
        }

        var response = what == "conclude" ? await client.PostAsync($"/api/meetings/{id}/conclude", null) : await MeetingsApi.ConveneAsync(client, id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await MeetingsApi.ReadAsync(response);
        Assert.Equal(what == "conclude" ? "Planned" : "Convened", problem.GetProperty("currentStatus").GetString());
        Assert.Equal("meeting.illegal-transition", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Postponing_needs_a_reason_then_rescheduling_brings_the_meeting_back_and_its_delegations_are_told()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();
        await client.PostAsync($"/api/meetings/{id}/announce", null);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/meetings/{id}/postpone", new { reason = "" })).StatusCode);
        var postponed = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{id}/postpone", new { reason = "Floods in the region" }));
        Assert.Equal("Postponed", postponed.GetProperty("status").GetString());
        Assert.Equal("Floods in the region", postponed.GetProperty("statusReason").GetString());
        Assert.Equal("Floods in the region", (await Published<MeetingPostponed>(e => e.MeetingId == id)).Reason);

        var later = NextSlot();
        var rescheduled = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule", new { start = later, end = later.AddHours(3) }));
        Assert.Equal("Announced", rescheduled.GetProperty("status").GetString());
        Assert.Equal(later.UtcDateTime, rescheduled.GetProperty("startUtc").GetDateTime().ToUniversalTime());
        await Published<MeetingRescheduled>(e => e.MeetingId == id);

        var kazakhstan = await _app.Delegation("KAZ");
        var inbox = await kazakhstan.GetFromJsonAsync<JsonElement>("/api/notifications");
        var kinds = inbox.EnumerateArray().Where(n => n.GetProperty("meetingId").GetGuid() == id).Select(n => n.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Postponed", kinds);
        Assert.Contains("Rescheduled", kinds);
        var observer = await _app.Delegation("CHN");
        Assert.DoesNotContain((await observer.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray(), n => n.GetProperty("meetingId").GetGuid() == id);
    }

    [Fact]
    public async Task A_meeting_moved_to_another_city_and_year_takes_them_into_the_title_the_service_gave_it_and_keeps_a_title_the_secretariat_wrote()
    {
        var client = await _app.Secretariat();
        var made = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();
        var named = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot(), edit: r => r["title"] = "Extraordinary meeting on water")).Id();
        Assert.Equal($"{Ministers}, Astana 2029", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{made}")).GetProperty("title").GetString());

        object Move(DateTimeOffset at) => new { start = at, end = at.AddHours(3), city = "Almaty", venue = $"Hall {Guid.NewGuid():N}", turn = "Kept" };
        var moved = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{made}/reschedule", Move(NextSlot().AddYears(1))));
        var kept = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{named}/reschedule", Move(NextSlot().AddYears(1))));

        Assert.Equal($"{Ministers}, Almaty 2030", moved.GetProperty("title").GetString());
        Assert.Equal("Extraordinary meeting on water", kept.GetProperty("title").GetString());
        // The other services' copies are told the title with the move.
        Assert.Equal($"{Ministers}, Almaty 2030", (await Published<MeetingRescheduled>(e => e.MeetingId == made)).Title);
        Assert.Equal("Extraordinary meeting on water", (await Published<MeetingRescheduled>(e => e.MeetingId == named)).Title);
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_cancelled_and_its_timers_are_gone()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, NextSlot())).Id();
        var timers = _app.Services.GetRequiredService<MeetingDeadlines>();
        Assert.NotNull(await timers.NextAsync(id, MeetingDeadlineKind.Convene, CancellationToken.None));

        var cancelled = await client.PostAsJsonAsync($"/api/meetings/{id}/cancel", new { reason = "No agreement on dates" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/meetings/{id}/announce", null)).StatusCode);
        foreach (var kind in Enum.GetValues<MeetingDeadlineKind>())
        {
            Assert.Null(await timers.NextAsync(id, kind, CancellationToken.None));
        }

        await Published<MeetingCancelled>(e => e.MeetingId == id);
    }

    [Fact]
    public async Task Timers_are_set_from_the_meeting_and_move_when_it_is_rescheduled()
    {
        var client = await _app.Secretariat();
        var start = NextSlot();
        var id = (await MeetingsApi.CreateAsync(client, Ministers, start)).Id();
        var timers = _app.Services.GetRequiredService<MeetingDeadlines>();

        Assert.Equal(start.UtcDateTime.AddDays(-7), await timers.NextAsync(id, MeetingDeadlineKind.Reminder7, CancellationToken.None));
        Assert.Equal(start.UtcDateTime.AddDays(-1), await timers.NextAsync(id, MeetingDeadlineKind.Reminder1, CancellationToken.None));
        Assert.Equal(start.UtcDateTime.AddDays(-14), await timers.NextAsync(id, MeetingDeadlineKind.AgendaDeadline, CancellationToken.None));
        Assert.Equal(start.UtcDateTime.AddHours(3), await timers.NextAsync(id, MeetingDeadlineKind.Conclude, CancellationToken.None));

        var later = NextSlot();
        await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule", new { start = later, end = later.AddHours(2) });
        Assert.Equal(later.UtcDateTime, await timers.NextAsync(id, MeetingDeadlineKind.Convene, CancellationToken.None));
        Assert.Equal(later.UtcDateTime.AddHours(2), await timers.NextAsync(id, MeetingDeadlineKind.Conclude, CancellationToken.None));
    }

    [Fact]
    public async Task Delegations_can_be_set_and_removed_but_never_the_partner_of_a_C5_plus_X_meeting()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, "C5+IND Foreign Ministers' Meeting", NextSlot(), partner: "IND")).Id();

        var set = await client.PutAsJsonAsync($"/api/meetings/{id}/delegations/KGZ", new { headName = "Ambassador Asel Test", headRank = "Ambassador", members = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains((await MeetingsApi.ReadAsync(set)).GetProperty("delegations").EnumerateArray(), d => d.GetProperty("headRank").GetString() == "Ambassador");
        await Published<MeetingDelegationsChanged>(e => e.MeetingId == id);

        var removePartner = await client.DeleteAsync($"/api/meetings/{id}/delegations/IND");
        Assert.Equal(HttpStatusCode.Conflict, removePartner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/meetings/{id}/delegations/TKM")).StatusCode);
    }

    [Fact]
    public async Task A_host_out_of_turn_is_refused_until_the_state_in_turn_waives_it_or_keeps_it_and_a_kept_turn_survives_the_close()
    {
        var client = await _app.Secretariat();
        var leaders = await StandardBodies.IdOf(client, "Consultative Meeting of the Heads of State of Central Asia");
        Assert.Equal("TKM", (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on=2028-06-01")).GetProperty("party").GetString());
        var start = new DateTimeOffset(2028, 6, 1, 10, 0, 0, TimeSpan.FromHours(5));
        void InBishkek(Dictionary<string, object?> r)
        {
            (r["hostParty"], r["city"], r["timeZone"]) = ("KGZ", "Bishkek", "Asia/Bishkek");
            r.Remove("turn");
        }

        // The dry run says whose turn it is; scheduling without saying what becomes of that turn is refused.
        var check = await client.PostAsJsonAsync("/api/meetings/check", Edited(Requests.Meeting(leaders, start), InBishkek));
        Assert.Equal("TKM", (await MeetingsApi.ReadAsync(check)).GetProperty("turnOf").GetString());
        var refused = await MeetingsApi.TryCreateAsync(client, "Consultative Meeting of the Heads of State of Central Asia", start, edit: InBishkek);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await MeetingsApi.ReadAsync(refused);
        Assert.Equal("meeting.host-out-of-turn", problem.GetProperty("code").GetString());
        Assert.Equal("TKM", problem.GetProperty("turnOf").GetString());

        // Kept: Turkmenistan still chairs this one, and after Bishkek's close it is still Turkmenistan's turn.
        var kept = (await MeetingsApi.CreateAsync(client, "Consultative Meeting of the Heads of State of Central Asia", start,
            edit: r => { InBishkek(r); r["turn"] = "Kept"; })).Id();
        Assert.Equal("TKM", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{kept}/chair")).GetProperty("chair").GetString());
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.ConveneAsync(client, kept)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/meetings/{kept}/conclude", null)).StatusCode);
        Assert.Equal("TKM", (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on=2028-09-01")).GetProperty("party").GetString());
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{kept}/history")).EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "HostedOutOfTurn" && c.GetProperty("detail").GetString() == "KGZ hosts; TKM keeps its turn");

        // Waived: the waiver is recorded for the year and the host, next in order, chairs.
        var later = new DateTimeOffset(2028, 10, 5, 10, 0, 0, TimeSpan.FromHours(5));
        var waived = (await MeetingsApi.CreateAsync(client, "Consultative Meeting of the Heads of State of Central Asia", later,
            edit: r => { InBishkek(r); r["turn"] = "Waived"; })).Id();
        Assert.Equal("KGZ", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{waived}/chair")).GetProperty("chair").GetString());
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}");
        Assert.Contains(body.GetProperty("chairRotation").GetProperty("waivers").EnumerateArray(),
            w => w.GetProperty("year").GetInt32() == 2028 && w.GetProperty("party").GetString() == "TKM");
    }

    private static Dictionary<string, object?> Edited(Dictionary<string, object?> request, Action<Dictionary<string, object?>> edit)
    {
        edit(request);
        return request;
    }

    [Fact]
    public async Task Concluding_a_Leaders_meeting_passes_the_chair_to_the_next_host()
    {
        var client = await _app.Secretariat();
        var leaders = await StandardBodies.IdOf(client, "Consultative Meeting of the Heads of State of Central Asia");
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on=2029-12-30");
        Assert.Equal("TKM", before.GetProperty("party").GetString());

        var id = (await MeetingsApi.CreateAsync(client, "Consultative Meeting of the Heads of State of Central Asia",
            new DateTimeOffset(2029, 12, 3, 10, 0, 0, TimeSpan.FromHours(5)), edit: r => { r["hostParty"] = "TKM"; r["city"] = "Ashgabat"; r["timeZone"] = "Asia/Ashgabat"; })).Id();
        await MeetingsApi.ConveneAsync(client, id);
        await client.PostAsync($"/api/meetings/{id}/conclude", null);

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on=2029-12-30");
        Assert.Equal("KGZ", after.GetProperty("party").GetString());
    }

    [Fact]
    public async Task A_C5_plus_X_meeting_is_chaired_by_the_C5_chair_of_the_year_unless_it_names_a_co_chair_too()
    {
        var client = await _app.Secretariat();
        var id = (await MeetingsApi.CreateAsync(client, "C5+JPN Foreign Ministers' Meeting", NextSlot(), partner: "JPN", edit: r => r["coChair"] = "JPN")).Id();

        var chair = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/chair");

        Assert.Equal("TKM", chair.GetProperty("chair").GetString());
        Assert.Equal("JPN", chair.GetProperty("coChair").GetString());
        var scheduled = await Published<MeetingScheduled>(e => e.MeetingId == id);
        Assert.Equal("TKM", scheduled.Chair);
        Assert.Equal("JPN", scheduled.CoChair);
    }
}
