using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 11: moving a meeting to another host, the past recorded as held, standings over time, organisation codes.</summary>
public sealed class RecordAsItHappenedTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private const string Leaders = "Consultative Meeting of the Heads of State of Central Asia";
    private readonly SummitApp _app = fixture.App;

    private async Task<T> Published<T>(Func<T, bool> match) where T : class
    {
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        return (await Eventually.Until(() => Task.FromResult(harness.Published.Select<T>().Select(p => p.Context.Message).FirstOrDefault(match)),
            m => m is not null, what: typeof(T).Name))!;
    }

    /// <summary>A Leaders-layer body of its own whose chair passes, per meeting held, along KAZ → TKM → UZB.</summary>
    private static async Task<Guid> RotatingBodyAsync(HttpClient client, int startYear) =>
        (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/bodies", new
        {
            name = $"Leaders' retreat {Guid.NewGuid():N}",
            layer = "Leaders",
            format = "C5",
            chairRotation = new { policy = "Sequence", advance = "PerMeeting", sequence = new[] { "KAZ", "TKM", "UZB" }, startYear },
        }))).Id();

    private static async Task<string> ChairAsync(HttpClient client, Guid body, string on) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{body}/chair?on={on}")).GetProperty("party").GetString()!;

    [Fact]
    public async Task A_meeting_postponed_in_one_capital_is_held_in_another_with_its_zone_history_feed_and_rotation()
    {
        var client = await _app.Secretariat();
        var body = await RotatingBodyAsync(client, 2031);
        var astana = new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.FromHours(5));
        var id = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, astana, city: "Astana", venue: "Palace of Independence")))).Id();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/meetings/{id}/postpone", new { reason = "Floods in the host region" })).StatusCode);

        // Held in Ashgabat instead, at 11:00 there; no time zone given: the new host's zone. It was Kazakhstan's turn, which it waives.
        var ashgabat = new DateTimeOffset(2031, 4, 15, 11, 0, 0, TimeSpan.FromHours(5));
        var moved = await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule",
            new { start = ashgabat, end = ashgabat.AddHours(4), hostParty = "TKM", city = "Ashgabat", venue = "Oguzkhan Palace", turn = "Waived" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var meeting = await MeetingsApi.ReadAsync(moved);
        Assert.Equal("TKM", meeting.GetProperty("hostParty").GetString());
        Assert.Equal("Asia/Ashgabat", meeting.GetProperty("timeZone").GetString());
        Assert.Equal("Ashgabat", meeting.GetProperty("city").GetString());
        Assert.Equal("Planned", meeting.GetProperty("status").GetString());
        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history")).EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()}: {c.GetProperty("detail").GetString()}").ToList();
        Assert.Contains(history, h => h.StartsWith("Scheduled:") && h.Contains("Astana"));
        Assert.Contains(history, h => h.StartsWith("Postponed: Floods"));
        Assert.Contains(history, h => h.StartsWith("Rescheduled: moved from KAZ (Astana) to TKM (Ashgabat)") && h.Contains("Asia/Ashgabat"));
        Assert.Contains("TurnWaived: KAZ waives its turn in 2031; TKM hosts", history);
        var rescheduled = await Published<MeetingRescheduled>(e => e.MeetingId == id);
        Assert.Equal("TKM", rescheduled.HostParty);
        Assert.Equal("Asia/Ashgabat", rescheduled.TimeZone);
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], rescheduled.Deciders!);

        var feed = await client.GetStringAsync($"/api/meetings/{id}/calendar.ics");
        Assert.Contains("DTSTART;TZID=Asia/Ashgabat:20310415T110000", feed);
        Assert.Contains("Oguzkhan Palace", feed);
        Assert.DoesNotContain("Palace of Independence", feed);

        // Closing it records the state that actually hosted: the turn after TKM is UZB's (KAZ's turn would give TKM).
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.ConveneAsync(client, id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/meetings/{id}/conclude", null)).StatusCode);
        Assert.Equal("UZB", await ChairAsync(client, body, "2031-12-01"));
    }

    [Fact]
    public async Task Moving_to_another_host_checks_the_new_hosts_holidays_and_changes_nothing_when_refused()
    {
        var client = await _app.Secretariat();
        var body = await RotatingBodyAsync(client, 2031);
        var id = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/meetings",
            Requests.Meeting(body, new DateTimeOffset(2031, 8, 26, 10, 0, 0, TimeSpan.FromHours(5)))))).Id();
        var independenceDay = new DateTimeOffset(2031, 9, 1, 10, 0, 0, TimeSpan.FromHours(5));
        var request = new Dictionary<string, object?>
        {
            ["start"] = independenceDay, ["end"] = independenceDay.AddHours(3), ["hostParty"] = "UZB", ["city"] = "Tashkent", ["venue"] = "Congress Hall",
        };

        var refused = await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule", request);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("host-public-holiday", (await MeetingsApi.ReadAsync(refused)).ConflictCodes());
        var unchanged = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}");
        Assert.Equal("KAZ", unchanged.GetProperty("hostParty").GetString());
        Assert.Equal("Asia/Almaty", unchanged.GetProperty("timeZone").GetString());

        request["override"] = new { reason = "The host asked for its Independence Day" };
        // Uzbekistan hosts in Kazakhstan's turn (issue 19, point 6), which Kazakhstan keeps.
        request["turn"] = "Kept";
        var accepted = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule", request));
        Assert.Equal("UZB", accepted.GetProperty("hostParty").GetString());
        Assert.Equal("Asia/Tashkent", accepted.GetProperty("timeZone").GetString());

        var unknownHost = await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule",
            new { start = independenceDay.AddDays(3), end = independenceDay.AddDays(3).AddHours(2), hostParty = "XYZ", city = "Nowhere", venue = "Hall" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownHost.StatusCode);
    }

    [Fact]
    public async Task A_live_meeting_cannot_be_scheduled_or_rescheduled_into_the_past_and_is_told_to_record_it()
    {
        var client = await _app.Secretariat();
        var body = await StandardBodies.IdOf(client, "Council of Foreign Ministers");
        var lastYear = DateTimeOffset.UtcNow.AddYears(-1);

        var refused = await client.PostAsJsonAsync("/api/meetings", Requests.Meeting(body, lastYear));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await MeetingsApi.ReadAsync(refused);
        Assert.Equal("meeting.start-in-past", problem.GetProperty("code").GetString());
        Assert.Equal("/api/meetings/held", problem.GetProperty("record").GetString());

        var id = (await MeetingsApi.CreateAsync(client, "Council of Foreign Ministers", new DateTimeOffset(2032, 2, 3, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var back = await client.PostAsJsonAsync($"/api/meetings/{id}/reschedule", new { start = lastYear, end = lastYear.AddHours(2) });
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Equal(2032, (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("startUtc").GetDateTimeOffset().Year);
    }

    [Fact]
    public async Task A_meeting_recorded_as_held_is_concluded_public_without_timers_and_its_host_takes_its_turn()
    {
        var client = await _app.Secretariat();
        var body = await RotatingBodyAsync(client, 2019);
        var held = new DateTimeOffset(2019, 10, 2, 10, 0, 0, TimeSpan.FromHours(5));
        var request = Requests.Meeting(body, held, timeZone: "Asia/Tashkent", host: "UZB", city: "Tashkent", venue: "Kongress-Holl");
        request["source"] = "Joint communiqué of the meeting";

        var recorded = await client.PostAsJsonAsync("/api/meetings/held", request);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var meeting = await MeetingsApi.ReadAsync(recorded);
        var id = meeting.Id();
        Assert.Equal("Concluded", meeting.GetProperty("status").GetString());
        var timers = _app.Services.GetRequiredService<MeetingDeadlines>();
        foreach (var kind in Enum.GetValues<MeetingDeadlineKind>())
        {
            Assert.Null(await timers.NextAsync(id, kind, CancellationToken.None));
        }

        var scheduled = await Published<MeetingScheduled>(e => e.MeetingId == id);
        Assert.True(scheduled.Held);
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], scheduled.Deciders!);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history");
        Assert.Equal(nameof(MeetingChangeKind.RecordedAsHeld), history.EnumerateArray().Single().GetProperty("kind").GetString());
        Assert.Contains("Joint communiqué", history[0].GetProperty("detail").GetString());
        // The sequence is KAZ → TKM → UZB; UZB held it, so the next turn is KAZ's.
        Assert.Equal("KAZ", await ChairAsync(client, body, "2020-01-15"));
        var calendar = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/public/calendar?year=2019");
        Assert.Contains(calendar.EnumerateArray(), m => m.GetProperty("city").GetString() == "Tashkent" && m.GetProperty("status").GetString() == "Concluded");

        var twice = await client.PostAsJsonAsync("/api/meetings/held", request);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var future = Requests.Meeting(body, DateTimeOffset.UtcNow.AddDays(30));
        Assert.Equal("meeting.not-yet-held", (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/meetings/held", future))).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_Consultative_Meetings_2018_to_2025_are_seeded_as_held_and_the_Leaders_rotation_is_derived_from_them()
    {
        var client = await _app.Secretariat();
        var leaders = await StandardBodies.IdOf(client, Leaders);

        var held = (await client.GetFromJsonAsync<JsonElement>($"/api/meetings?bodyId={leaders}&status=Concluded&to=2026-01-01T00:00:00Z"))
            .GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(
            ["2018-03-15 KAZ Astana", "2019-11-29 UZB Tashkent", "2021-08-06 TKM Avaza", "2022-07-21 KGZ Cholpon-Ata", "2023-09-14 TJK Dushanbe", "2024-08-09 KAZ Astana", "2025-11-16 UZB Tashkent"],
            held.Select(m => $"{m.GetProperty("startLocal").GetDateTimeOffset():yyyy-MM-dd} {m.GetProperty("hostParty").GetString()} {m.GetProperty("city").GetString()}").ToArray());
        Assert.Equal(TimeSpan.FromHours(6), held[0].GetProperty("startLocal").GetDateTimeOffset().Offset);
        Assert.Equal(TimeSpan.FromHours(5), held[6].GetProperty("startLocal").GetDateTimeOffset().Offset);
        var chair = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{leaders}/chair?on=2026-06-01");
        Assert.Equal("TKM", chair.GetProperty("party").GetString());
        Assert.Contains("2025-11-16 in Tashkent", chair.GetProperty("reason").GetString());
        var calendar = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/public/calendar?year=2021");
        Assert.Contains(calendar.EnumerateArray(), m => m.GetProperty("city").GetString() == "Avaza");
    }

    [Fact]
    public async Task Azerbaijan_is_seeded_as_admitted_at_Tashkent_2025_to_the_Leaders_only_deciding_there_and_nowhere_else()
    {
        var client = await _app.Secretariat();
        var history = await client.GetFromJsonAsync<JsonElement>("/api/parties/AZE/standings");
        var leadersBody = await StandardBodies.IdOf(client, Leaders);
        Assert.Contains(history.EnumerateArray(), s => s.GetProperty("standing").GetString() == "Member" && s.GetProperty("bodyId").GetString() == leadersBody.ToString()
            && s.GetProperty("from").GetString() == "2025-11-17" && s.GetProperty("basis").GetString()!.Contains("Tashkent"));
        // The catalogue still says what Azerbaijan is to the format as a whole.
        Assert.NotEqual("Member", (await client.GetFromJsonAsync<JsonElement>("/api/parties")).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "AZE").GetProperty("kind").GetString());

        var summit = (await MeetingsApi.CreateAsync(client, Leaders, new DateTimeOffset(2084, 9, 3, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var ministers = (await MeetingsApi.CreateAsync(client, "Council of Foreign Ministers", new DateTimeOffset(2084, 9, 1, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var experts = (await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", new DateTimeOffset(2084, 8, 25, 10, 0, 0, TimeSpan.FromHours(5)))).Id();

        Assert.Contains("AZE", await DecidersAsync(client, summit));
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], await DecidersAsync(client, ministers));
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], await DecidersAsync(client, experts));
    }

    [Fact]
    public async Task A_standing_limited_to_one_layer_changes_the_deciders_and_the_alphabetical_rotation_of_that_layer_only()
    {
        var client = await _app.Secretariat();
        // A name that comes first in English: in any alphabetical rotation it covers, it would chair first.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/parties", new
        {
            code = "ZZL", kind = "Observer", nameEn = "Aaland Commonwealth", nameRu = "Ааландское Содружество", capital = "Guest City", timeZone = "Asia/Baku",
        })).StatusCode);
        async Task<Guid> AlphabeticalBodyAsync(string layer, string parent)
        {
            var created = await client.PostAsJsonAsync("/api/bodies", new
            {
                name = $"{layer} panel {Guid.NewGuid():N}", layer, format = "C5", parentBodyId = await StandardBodies.IdOf(client, parent),
                chairRotation = new { policy = "Alphabetical", advance = "PerTerm", startYear = 2086 },
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await MeetingsApi.ReadAsync(created)).Id();
        }
        var ministersPanel = await AlphabeticalBodyAsync("Ministers", Leaders);
        var officialsPanel = await AlphabeticalBodyAsync("SeniorOfficials", "Council of Foreign Ministers");
        var ministers = (await MeetingsApi.CreateAsync(client, "Council of Foreign Ministers", new DateTimeOffset(2086, 3, 2, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var officials = (await MeetingsApi.CreateAsync(client, "National Coordinators", new DateTimeOffset(2086, 3, 4, 10, 0, 0, TimeSpan.FromHours(5)))).Id();

        var admitted = await client.PostAsJsonAsync("/api/parties/ZZL/standings",
            new { format = "C5", standing = "Member", from = "2086-01-01", layer = "Ministers", reference = "Admitted to the ministers' level, 2085" });

        Assert.Equal(HttpStatusCode.Created, admitted.StatusCode);
        Assert.Equal("Ministers", (await MeetingsApi.ReadAsync(admitted)).GetProperty("layer").GetString());
        Assert.Contains("ZZL", await DecidersAsync(client, ministers));
        Assert.DoesNotContain("ZZL", await DecidersAsync(client, officials));
        var told = await Published<MeetingDelegationsChanged>(e => e.MeetingId == ministers && e.Deciders is not null && e.Deciders.Contains("ZZL"));
        Assert.Equal(6, told.Deciders!.Count);
        Assert.Equal("ZZL", await ChairAsync(client, ministersPanel, "2086-06-01"));
        Assert.Equal("KAZ", await ChairAsync(client, officialsPanel, "2086-06-01"));
        Assert.Equal("Observer", (await client.GetFromJsonAsync<JsonElement>("/api/parties")).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "ZZL").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/parties/ZZL/standings",
            new { format = "C5", standing = "Member", from = "2086-01-01", layer = "Nowhere", reference = "x" })).StatusCode);
    }

    [Fact]
    public async Task An_admission_without_a_date_takes_effect_the_day_after_its_meeting_whose_later_items_keep_their_quorum()
    {
        var client = await _app.Secretariat();
        var summit = new Summit(_app.ClientAs);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/parties", new
        {
            code = "ZZM", kind = "Observer", nameEn = "Midland", nameRu = "Мидлэнд", capital = "Guest City", timeZone = "Asia/Baku",
        })).StatusCode);
        // A body of its own, so that the admission (to it alone) touches no other test's meetings.
        var panel = $"Ministers' panel {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/bodies", new
        {
            name = panel, layer = "Ministers", format = "C5", parentBodyId = await StandardBodies.IdOf(client, Leaders),
        })).StatusCode);
        var panelId = await StandardBodies.IdOf(client, panel);
        var meeting = await summit.MeetingAsync(panel, new DateTimeOffset(2082, 3, 10, 10, 0, 0, TimeSpan.FromHours(5)),
            edit: r => r["observers"] = new[] { "ZZM" });
        var next = (await MeetingsApi.CreateAsync(client, panel, new DateTimeOffset(2082, 6, 10, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var admission = (await MeetingsApi.ReadAsync(await (await summit.Delegation("KAZ")).PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = meeting, kind = "Decision", title = "Admission of Midland", targetLayer = "Ministers",
            admission = new { party = "ZZM", standing = "Member", bodyId = panelId },
        }))).Id();
        var later = await summit.ProposeAsync("UZB", meeting, "Joint customs training centre", "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(later, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await summit.AllAsync(admission, "Concur", Requests.Members);
        Assert.Equal("Adopted", (await summit.DecideAsync(admission)).GetProperty("outcome").GetProperty("kind").GetString());
        var standing = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>("/api/parties/ZZM/standings"),
            s => s.EnumerateArray().Any(x => x.GetProperty("standing").GetString() == "Member"), what: "the admission recorded");

        Assert.Equal("2082-03-11", standing.EnumerateArray().Single(x => x.GetProperty("standing").GetString() == "Member").GetProperty("from").GetString());
        Assert.DoesNotContain("ZZM", await DecidersAsync(client, meeting));
        await Eventually.Until(async () => (await DecidersAsync(client, next)).Contains("ZZM"), what: "the panel's next meeting told of its new decider");
        await summit.AllAsync(later, "Concur", Requests.Members);
        Assert.Equal("Adopted", (await summit.DecideAsync(later)).GetProperty("outcome").GetProperty("kind").GetString());
    }

    private static async Task<List<string>> DecidersAsync(HttpClient client, Guid meeting) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/deciders")).GetProperty("deciders").EnumerateArray().Select(d => d.GetString()!).ToList();

    [Fact]
    public async Task Standings_have_a_history_a_kind_change_by_PUT_is_refused_and_a_new_standing_changes_the_deciders_from_its_date()
    {
        var client = await _app.Secretariat();
        var kazakhstan = await client.GetFromJsonAsync<JsonElement>("/api/parties/KAZ/standings");
        Assert.Equal("Member", kazakhstan[0].GetProperty("standing").GetString());
        Assert.Equal("2015-11-01", kazakhstan[0].GetProperty("from").GetString());
        var azerbaijan = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/public/parties/AZE/standings");
        Assert.Equal("Guest", azerbaijan[0].GetProperty("standing").GetString());
        // All of them in one list: the five members of C5 and the guest, each with its history.
        var all = await client.GetFromJsonAsync<JsonElement>("/api/standings?format=C5");
        Assert.Equal(["AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB"], all.EnumerateArray().Select(s => s.GetProperty("party").GetString()!).Distinct().Order().ToArray());
        Assert.Contains(all.EnumerateArray(), s => s.GetProperty("party").GetString() == "KAZ" && s.GetProperty("from").GetString() == "2015-11-01");

        // An organisation with a six-letter code, the rulebook's own example, is accepted now.
        var unrcca = await client.PostAsJsonAsync("/api/parties", new
        {
            code = "UNRCCA", kind = "Observer", nameEn = "UN Regional Centre for Preventive Diplomacy for Central Asia",
            nameRu = "Региональный центр ООН по превентивной дипломатии для Центральной Азии", capital = "Ashgabat", timeZone = "Asia/Ashgabat",
        });
        Assert.Equal(HttpStatusCode.Created, unrcca.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/parties", new
        {
            code = "TOOLONGCODEX", kind = "Observer", nameEn = "x", nameRu = "x", capital = "x", timeZone = "Asia/Ashgabat",
        })).StatusCode);

        var party = new { code = "ZZG", kind = "Observer", nameEn = "Guestland", nameRu = "Гостландия", capital = "Guest City", timeZone = "Asia/Baku" };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/parties", party)).StatusCode);
        var refused = await client.PutAsJsonAsync("/api/parties/ZZG", party with { kind = "Member" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("party.standing-by-decision", (await MeetingsApi.ReadAsync(refused)).GetProperty("code").GetString());

        var before = (await MeetingsApi.CreateAsync(client, "National Coordinators", new DateTimeOffset(2090, 12, 4, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var after = (await MeetingsApi.CreateAsync(client, "National Coordinators", new DateTimeOffset(2091, 2, 6, 10, 0, 0, TimeSpan.FromHours(5)))).Id();
        var standing = await client.PostAsJsonAsync("/api/parties/ZZG/standings",
            new { format = "C5", standing = "Member", from = "2091-01-01", reference = "Decision of the heads of state, Avaza, 2090" });

        Assert.Equal(HttpStatusCode.Created, standing.StatusCode);
        Assert.DoesNotContain("ZZG", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{before}/deciders")).GetProperty("deciders").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("ZZG", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{after}/deciders")).GetProperty("deciders").EnumerateArray().Select(d => d.GetString()));
        var told = await Published<MeetingDelegationsChanged>(e => e.MeetingId == after && e.Deciders is not null);
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB", "ZZG"], told.Deciders!);
        Assert.Equal("Member", (await client.GetFromJsonAsync<JsonElement>("/api/parties")).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "ZZG").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/parties/ZZG/standings", new { format = "C5", standing = "Member" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/parties/NOPE/standings",
            new { format = "C5", standing = "Member", from = "2091-01-01", reference = "x" })).StatusCode);
    }
}
