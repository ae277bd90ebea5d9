using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class ConflictTests : IClassFixture<SummitAppFixture>
{
    private const string Coordinators = "National Coordinators";
    private const string Ministers = "Council of Foreign Ministers";
    private readonly SummitApp _app;

    public ConflictTests(SummitAppFixture fixture) => _app = fixture.App;

    /// <summary>10:00 in Astana on a weekday of 2028, one week apart per test so that tests do not meet.</summary>
    private static DateTimeOffset Week(int n) => new DateTimeOffset(2028, 1, 10, 10, 0, 0, TimeSpan.FromHours(5)).AddDays(7 * n);

    [Fact]
    public async Task The_same_venue_booked_twice_at_overlapping_times_is_refused_with_the_other_meeting_named()
    {
        var client = await _app.Secretariat();
        var first = await MeetingsApi.CreateAsync(client, Ministers, Week(1), edit: r => r["venue"] = "Independence Palace, Hall A");

        var second = await MeetingsApi.TryCreateAsync(client, "Working Group on Water and Energy", Week(1).AddHours(1), edit: r => r["venue"] = "Independence Palace, Hall A");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await MeetingsApi.ReadAsync(second);
        var conflict = problem.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "venue-double-booked");
        Assert.Equal(first.Id(), conflict.GetProperty("otherMeetingId").GetGuid());
        Assert.True(conflict.GetProperty("hard").GetBoolean());
    }

    [Fact]
    public async Task A_cancelled_meeting_frees_its_venue()
    {
        var client = await _app.Secretariat();
        var first = await MeetingsApi.CreateAsync(client, Ministers, Week(2), edit: r => r["venue"] = "Independence Palace, Hall B");
        await client.PostAsJsonAsync($"/api/meetings/{first.Id()}/cancel", new { reason = "moved to Hall C" });

        var second = await MeetingsApi.TryCreateAsync(client, Ministers, Week(2), edit: r => r["venue"] = "Independence Palace, Hall B");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Fact]
    public async Task One_person_cannot_head_two_overlapping_delegations()
    {
        var client = await _app.Secretariat();
        var minister = new[] { Requests.Delegation("KAZ", head: "Murat Testov") };
        await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", Week(3), edit: r => r["delegations"] = minister);

        var clash = await MeetingsApi.TryCreateAsync(client, "Working Group on Social and Cultural Cooperation", Week(3).AddHours(2), edit: r => r["delegations"] = minister);

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("head-in-two-places", (await MeetingsApi.ReadAsync(clash)).ConflictCodes());
        var later = await MeetingsApi.TryCreateAsync(client, "Working Group on Social and Cultural Cooperation", Week(3).AddHours(4), edit: r => r["delegations"] = minister);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }

    [Fact]
    public async Task Heads_not_yet_named_are_nobody_yet_so_overlapping_meetings_with_them_are_both_accepted_while_a_named_person_is_still_refused()
    {
        var client = await _app.Secretariat();
        // Issue 19, point 5: a head not yet named is left out (null, empty or blank) and recorded as not yet named.
        object Unnamed(string party, string? head) => new { party, headName = head, headRank = "Expert", members = Array.Empty<string>() };
        object[] unnamed = [Unnamed("KAZ", null), Unnamed("KGZ", ""), Unnamed("TJK", "  "), Unnamed("TKM", null), Unnamed("UZB", null)];
        var first = await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", Week(32), edit: r => r["delegations"] = unnamed);

        var dryRun = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/meetings/check",
            WithDelegations(Requests.Meeting(await StandardBodies.IdOf(client, "Working Group on Social and Cultural Cooperation"), Week(32).AddHours(1)), unnamed)));
        Assert.DoesNotContain("head-in-two-places", dryRun.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var second = await MeetingsApi.TryCreateAsync(client, "Working Group on Social and Cultural Cooperation", Week(32).AddHours(1), edit: r => r["delegations"] = unnamed);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.All(first.GetProperty("delegations").EnumerateArray(), d => Assert.Equal("", d.GetProperty("headName").GetString()));
        var named = new[] { Requests.Delegation("KAZ", head: "Aigerim Namedova"), Unnamed("KGZ", null), Unnamed("TJK", null), Unnamed("TKM", null), Unnamed("UZB", null) };
        var third = await MeetingsApi.TryCreateAsync(client, "Working Group on Water and Energy", Week(32).AddHours(2), edit: r => r["delegations"] = named);
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        var clash = await MeetingsApi.TryCreateAsync(client, "Working Group on Transport and Connectivity", Week(32).AddHours(3), edit: r => r["delegations"] = named);
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var conflicts = (await MeetingsApi.ReadAsync(clash)).GetProperty("conflicts").EnumerateArray().Where(c => c.GetProperty("code").GetString() == "head-in-two-places").ToList();
        var only = Assert.Single(conflicts);
        Assert.Contains("Aigerim Namedova", only.GetProperty("message").GetString());

        // Naming the head later on the meeting page: the person now counts.
        var set = await client.PutAsJsonAsync($"/api/meetings/{first.Id()}/delegations/KAZ", new { headName = "Aigerim Namedova", headRank = "Expert", members = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Conflict, set.StatusCode);
        var unnamedAgain = await client.PutAsJsonAsync($"/api/meetings/{first.Id()}/delegations/KGZ", new { headRank = "Expert" });
        Assert.Equal(HttpStatusCode.OK, unnamedAgain.StatusCode);
    }

    private static Dictionary<string, object?> WithDelegations(Dictionary<string, object?> request, object[] delegations)
    {
        request["delegations"] = delegations;
        return request;
    }

    [Fact]
    public async Task Officials_must_finish_before_their_ministers_start()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, Ministers, Week(4).AddDays(1));

        var overlapping = await MeetingsApi.TryCreateAsync(client, Coordinators, Week(4).AddDays(1).AddHours(-1));
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        var problem = await MeetingsApi.ReadAsync(overlapping);
        Assert.Contains("prepares-after-parent-starts", problem.ConflictCodes());
        Assert.Equal("meeting.hard-conflicts", problem.GetProperty("code").GetString());

        var dayBefore = await MeetingsApi.TryCreateAsync(client, Coordinators, Week(4));
        Assert.Equal(HttpStatusCode.Created, dayBefore.StatusCode);
    }

    [Fact]
    public async Task Ministers_cannot_start_before_their_officials_have_finished()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, Coordinators, Week(5), TimeSpan.FromHours(6));

        var early = await MeetingsApi.TryCreateAsync(client, Ministers, Week(5).AddHours(2));

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("prepares-after-parent-starts", (await MeetingsApi.ReadAsync(early)).ConflictCodes());
    }

    [Fact]
    public async Task Less_than_the_minimum_gap_before_the_parent_is_a_warning_that_an_override_with_a_reason_lets_through()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, Coordinators, Week(6));

        var tight = await MeetingsApi.TryCreateAsync(client, Ministers, Week(6).AddHours(4));
        Assert.Equal(HttpStatusCode.Conflict, tight.StatusCode);
        var problem = await MeetingsApi.ReadAsync(tight);
        Assert.Equal("meeting.soft-conflicts", problem.GetProperty("code").GetString());
        Assert.Equal(["gap-before-parent"], problem.ConflictCodes());

        var overridden = await MeetingsApi.TryCreateAsync(client, Ministers, Week(6).AddHours(4),
            edit: r => r["override"] = new { reason = "Ministers fly out the same evening" });
        Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
        var meeting = await MeetingsApi.ReadAsync(overridden);
        Assert.Equal("gap-before-parent", meeting.GetProperty("warnings")[0].GetProperty("code").GetString());
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting.Id()}/history");
        Assert.Equal("Ministers fly out the same evening", history[0].GetProperty("overrideReason").GetString());
    }

    [Fact]
    public async Task Outside_working_hours_is_a_warning()
    {
        var client = await _app.Secretariat();
        var evening = Week(7).Date + TimeSpan.FromHours(19);

        var response = await MeetingsApi.TryCreateAsync(client, "Working Group on Environment and Climate", new DateTimeOffset(evening, TimeSpan.FromHours(5)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["outside-working-hours"], (await MeetingsApi.ReadAsync(response)).ConflictCodes());
    }

    [Fact]
    public async Task A_public_holiday_of_the_host_is_a_warning()
    {
        var client = await _app.Secretariat();
        var independenceDay = new DateTimeOffset(2028, 12, 16, 10, 0, 0, TimeSpan.FromHours(5));

        var response = await MeetingsApi.TryCreateAsync(client, "Working Group on Transport and Connectivity", independenceDay);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await MeetingsApi.ReadAsync(response);
        Assert.Equal(["host-public-holiday"], problem.ConflictCodes());
        Assert.Contains("Independence Day", problem.GetProperty("conflicts")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_holiday_added_by_the_secretariat_counts_too()
    {
        var client = await _app.Secretariat();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/parties/KAZ/holidays", new { date = "2028-05-05", name = "Kurban Ait" })).StatusCode);

        var response = await MeetingsApi.TryCreateAsync(client, "Working Group on Transport and Connectivity", new DateTimeOffset(2028, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));

        Assert.Equal(["host-public-holiday"], (await MeetingsApi.ReadAsync(response)).ConflictCodes());
    }

    [Fact]
    public async Task Rescheduling_onto_a_booked_venue_is_refused_and_changes_nothing()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, Ministers, Week(8), edit: r => r["venue"] = "Congress Centre");
        var other = await MeetingsApi.CreateAsync(client, "Working Group on Political and Security Cooperation", Week(8).AddDays(1), edit: r => r["venue"] = "Congress Centre");

        var moved = await client.PostAsJsonAsync($"/api/meetings/{other.Id()}/reschedule", new { start = Week(8).AddHours(1), end = Week(8).AddHours(2) });

        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        var unchanged = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{other.Id()}");
        Assert.Equal(Week(8).AddDays(1).UtcDateTime, unchanged.GetProperty("startUtc").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task The_dry_run_reports_conflicts_chair_and_deciders_and_books_nothing()
    {
        var client = await _app.Secretariat();
        var first = await MeetingsApi.CreateAsync(client, Ministers, Week(30), edit: r => r["venue"] = "Dry-run Hall");
        var ministers = await StandardBodies.IdOf(client, Ministers);
        var request = Requests.Meeting(ministers, Week(30).AddHours(1), venue: "Dry-run Hall");

        var check = await client.PostAsJsonAsync("/api/meetings/check", request);

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var answer = await MeetingsApi.ReadAsync(check);
        Assert.True(answer.GetProperty("refused").GetBoolean());
        var clash = answer.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "venue-double-booked");
        Assert.Equal(first.Id(), clash.GetProperty("otherMeetingId").GetGuid());
        Assert.False(answer.GetProperty("startsInPast").GetBoolean());
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], answer.GetProperty("deciders").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal((await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{ministers}/chair?on={Week(30):yyyy-MM-dd}")).GetProperty("party").GetString(),
            answer.GetProperty("chair").GetString());
        var meetings = await client.GetFromJsonAsync<JsonElement>($"/api/meetings?bodyId={ministers}&from={Uri.EscapeDataString(Week(30).AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(Week(30).AddDays(1).ToString("O"))}");
        Assert.Equal(1, meetings.GetProperty("total").GetInt32());

        var evening = Requests.Meeting(ministers, Week(31).AddHours(11));
        var soft = await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/meetings/check", evening));
        Assert.False(soft.GetProperty("refused").GetBoolean());
        Assert.True(soft.GetProperty("needsOverrideReason").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.Delegation("KAZ")).PostAsJsonAsync("/api/meetings/check", evening)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/meetings/check", new { bodyId = ministers })).StatusCode);
    }
}
