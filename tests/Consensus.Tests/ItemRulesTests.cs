using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

public sealed class ItemRulesTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private static int _week;
    private readonly Summit _summit = fixture.Summit;

    /// <summary>A weekday morning in Tashkent time, a week apart for each meeting of this class.</summary>
    private static DateTimeOffset Next() => new DateTimeOffset(2036, 1, 7, 10, 0, 0, TimeSpan.FromHours(5)).AddDays(7 * Interlocked.Increment(ref _week));

    private async Task<(Guid Meeting, Guid Item)> OpenItemAsync(string body = "Council of Foreign Ministers", string? partner = null, string target = "Ministers")
    {
        var meeting = await _summit.MeetingAsync(body, Next(), partner);
        var item = await _summit.ProposeAsync("KGZ", meeting, "Visa facilitation for researchers", target);
        await _summit.ConveneAsync(meeting);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        return (meeting, item);
    }

    [Theory]
    [InlineData("AFG", true, HttpStatusCode.Forbidden)]
    [InlineData("AFG", false, HttpStatusCode.NotFound)]
    [InlineData("USA", false, HttpStatusCode.NotFound)]
    public async Task An_invited_observer_may_not_propose_and_a_party_not_at_the_meeting_is_told_it_does_not_exist(string party, bool invited, HttpStatusCode expected)
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next(),
            edit: invited ? r => r["observers"] = new[] { party } : null);
        var client = await _summit.Delegation(party);

        var response = await client.PostAsJsonAsync("/api/agenda-items", new { meetingId = meeting, kind = "Decision", title = "x", targetLayer = "Ministers" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_partner_proposes_at_a_C5_plus_X_meeting_and_the_secretariat_anywhere()
    {
        var meeting = await _summit.MeetingAsync("C5+KOR Foreign Ministers' Meeting", Next(), partner: "KOR");
        await _summit.ProposeAsync("KOR", meeting, "Critical minerals dialogue", "Leaders");
        await _summit.ProposeAsync("SECRETARIAT", meeting, "Date of the next meeting", "Ministers", kind: "Information");

        var agenda = await (await _summit.Delegation("KAZ")).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda");
        Assert.Equal(["KOR", "SECRETARIAT"], agenda.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("proposedBy").GetString()));
    }

    [Fact]
    public async Task A_target_layer_below_the_meeting_is_400()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var response = await (await _summit.Delegation("KAZ")).PostAsJsonAsync("/api/agenda-items",
            new { meetingId = meeting, kind = "Decision", title = "Too low", targetLayer = "WorkingGroup" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await _summit.Delegation("KAZ")).PostAsJsonAsync("/api/agenda-items", new { meetingId = meeting })).StatusCode);
    }

    [Fact]
    public async Task A_delegation_sets_only_its_own_position_and_only_while_under_consideration()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var item = await _summit.ProposeAsync("TJK", meeting, "Glacier monitoring", "Ministers");
        Assert.Equal(HttpStatusCode.Conflict, (await _summit.PositionAsync(item, "TJK", "Concur")).StatusCode);

        await _summit.ConveneAsync(meeting);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        var kazakhstan = await _summit.Delegation("KAZ");
        Assert.Equal(HttpStatusCode.Forbidden, (await kazakhstan.PutAsJsonAsync($"/api/agenda-items/{item}/positions/UZB", new { position = "Object" })).StatusCode);
        var secretariat = await _summit.Secretariat();
        Assert.Equal(HttpStatusCode.Forbidden, (await secretariat.PutAsJsonAsync($"/api/agenda-items/{item}/positions/KAZ", new { position = "Concur" })).StatusCode);
        var afghanistan = await _summit.Delegation("AFG");
        // Not at the meeting: the item does not exist for Afghanistan (the same 404 as for a random id).
        Assert.Equal(HttpStatusCode.NotFound, (await afghanistan.PutAsJsonAsync($"/api/agenda-items/{item}/positions/AFG", new { position = "Concur" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await afghanistan.PutAsJsonAsync($"/api/agenda-items/{Guid.NewGuid()}/positions/AFG", new { position = "Concur" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await kazakhstan.PutAsJsonAsync($"/api/agenda-items/{item}/positions/KAZ", new { position = "Maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _summit.PositionAsync(item, "KAZ", "Reserve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _summit.PositionAsync(item, "KAZ", "Concur")).StatusCode);
    }

    [Fact]
    public async Task Every_change_is_kept_and_a_confidential_note_is_shown_only_to_its_state_and_the_secretariat()
    {
        var (_, item) = await OpenItemAsync();
        await _summit.PositionAsync(item, "KAZ", "Reserve", "Awaiting instructions from Astana");
        await _summit.PositionAsync(item, "KAZ", "Concur", "Instructions received");
        await _summit.PositionAsync(item, "UZB", "Abstain", "Tashkent's own reasons");

        var kaz = await (await _summit.Delegation("KAZ")).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        var uzb = await (await _summit.Delegation("UZB")).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        var secretariat = await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");

        var kazPositions = kaz.EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "Position").ToList();
        Assert.Equal(["Reserve", "Concur", "Abstain"], kazPositions.Select(h => h.GetProperty("detail").GetString()));
        Assert.Equal("Awaiting instructions from Astana", kazPositions[0].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, kazPositions[2].GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, uzb.EnumerateArray().First(h => h.GetProperty("party").GetString() == "KAZ").GetProperty("note").ValueKind);
        Assert.Equal(3, secretariat.EnumerateArray().Count(h => h.GetProperty("note").ValueKind == JsonValueKind.String));
        Assert.All(kazPositions.Take(2), h => Assert.Equal("delegation-kaz", h.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Only_the_chair_or_the_secretariat_decides()
    {
        var (_, item) = await OpenItemAsync();
        var notChair = await _summit.Delegation("KAZ");
        Assert.Equal(HttpStatusCode.Forbidden, (await notChair.PostAsync($"/api/agenda-items/{item}/decision", null)).StatusCode);
    }

    [Fact]
    public async Task The_preview_shows_the_outcome_closing_would_give_and_changes_nothing()
    {
        var (_, item) = await OpenItemAsync();
        await _summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "TKM");
        await _summit.AllAsync(item, "Reserve", "UZB");
        var secretariat = await _summit.Secretariat();
        var before = await secretariat.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");

        var preview = await MeetingsApi.ReadAsync(await secretariat.PostAsync($"/api/agenda-items/{item}/decision/preview", null));
        Assert.Equal("Deferred", preview.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal(1, preview.GetProperty("outcome").GetProperty("tally").GetProperty("reserve").GetInt32());
        Assert.Equal("UnderConsideration", preview.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _summit.Delegation("KAZ")).PostAsync($"/api/agenda-items/{item}/decision/preview", null)).StatusCode);
        var after = await secretariat.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
        Assert.Equal("UnderConsideration", (await secretariat.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}")).GetProperty("status").GetString());

        await _summit.AllAsync(item, "Concur", "UZB");
        var adopted = await MeetingsApi.ReadAsync(await secretariat.PostAsync($"/api/agenda-items/{item}/decision/preview", null));
        Assert.Equal("Adopted", adopted.GetProperty("outcome").GetProperty("kind").GetString());
        var decided = await _summit.DecideAsync(item);
        Assert.Equal(adopted.GetProperty("outcome").GetProperty("bound").GetRawText(), decided.GetProperty("outcome").GetProperty("bound").GetRawText());
        var closed = await secretariat.PostAsync($"/api/agenda-items/{item}/decision/preview", null);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
    }

    [Fact]
    public async Task An_objection_blocks_and_the_blocked_item_can_be_deferred_referred_up_or_withdrawn()
    {
        var (meeting, item) = await OpenItemAsync(body: "National Coordinators", target: "Leaders");
        await _summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "UZB");
        await _summit.AllAsync(item, "Object", "TKM");
        var decided = await _summit.DecideAsync(item);
        Assert.Equal("Blocked", decided.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal("Blocked", decided.GetProperty("item").GetProperty("status").GetString());

        var nextOfficials = await _summit.MeetingAsync("National Coordinators", Next());
        var ministers = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var secretariat = await _summit.Secretariat();
        var deferred = await MeetingsApi.ReadAsync(await secretariat.PostAsync($"/api/agenda-items/{item}/defer", null));
        Assert.Equal(nextOfficials, deferred.GetProperty("meetingId").GetGuid());

        var (_, second) = await OpenItemAsync(body: "National Coordinators", target: "Leaders");
        await _summit.AllAsync(second, "Object", Five);
        await _summit.DecideAsync(second);
        var referred = await MeetingsApi.ReadAsync(await secretariat.PostAsync($"/api/agenda-items/{second}/refer", null));
        Assert.Equal("Ministers", referred.GetProperty("layer").GetString());

        var (_, third) = await OpenItemAsync();
        await _summit.AllAsync(third, "Object", "UZB");
        await _summit.AllAsync(third, "Concur", "KAZ", "KGZ", "TJK", "TKM");
        await _summit.DecideAsync(third);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _summit.Delegation("UZB")).PostAsync($"/api/agenda-items/{third}/withdraw", null)).StatusCode);
        var withdrawn = await (await _summit.Delegation("KGZ")).PostAsync($"/api/agenda-items/{third}/withdraw", null);
        Assert.Equal("Withdrawn", (await MeetingsApi.ReadAsync(withdrawn)).GetProperty("status").GetString());
        _ = meeting;
        _ = ministers;
    }

    [Fact]
    public async Task Undecided_items_go_on_to_the_body_s_next_meeting_when_the_meeting_concludes()
    {
        var (meeting, item) = await OpenItemAsync();
        var next = await _summit.MeetingAsync("Council of Foreign Ministers", Next());

        (await (await _summit.Secretariat()).PostAsync($"/api/meetings/{meeting}/conclude", null)).EnsureSuccessStatusCode();

        var moved = await _summit.WaitItemAsync(item, i => i.GetProperty("meetingId").ValueKind == JsonValueKind.String && i.GetProperty("meetingId").GetGuid() == next,
            "deferral to the next meeting");
        Assert.Equal("Submitted", moved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Items_of_a_cancelled_meeting_wait_and_are_placed_on_the_next_one_scheduled()
    {
        var meeting = await _summit.MeetingAsync("Working Group on Social and Cultural Cooperation", Next());
        var item = await _summit.ProposeAsync("TKM", meeting, "Year of cultural heritage", "WorkingGroup");

        (await (await _summit.Secretariat()).PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "Host unavailable" })).EnsureSuccessStatusCode();
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Waiting", "the item to wait");

        var replacement = await _summit.MeetingAsync("Working Group on Social and Cultural Cooperation", Next());
        var placed = await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Submitted", "placement");
        Assert.Equal(replacement, placed.GetProperty("meetingId").GetGuid());
        Assert.Equal("Year of cultural heritage", placed.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_information_item_is_noted_without_positions()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var item = await _summit.ProposeAsync("SECRETARIAT", meeting, "Report on the budget", "Ministers", kind: "Information");
        await _summit.ConveneAsync(meeting);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");

        Assert.Equal(HttpStatusCode.Conflict, (await _summit.PositionAsync(item, "KAZ", "Concur")).StatusCode);
        Assert.Equal("Noted", (await _summit.DecideAsync(item)).GetProperty("item").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_chair_reorders_the_agenda()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var first = await _summit.ProposeAsync("KAZ", meeting, "First", "Ministers");
        var second = await _summit.ProposeAsync("KGZ", meeting, "Second", "Ministers");
        var chair = (await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda")).GetProperty("chair").GetString()!;

        var notChair = await _summit.Delegation(chair == "KAZ" ? "KGZ" : "KAZ");
        Assert.Equal(HttpStatusCode.Forbidden, (await notChair.PutAsJsonAsync($"/api/meetings/{meeting}/agenda/order", new { itemIds = new[] { second, first } })).StatusCode);
        var ordered = await (await _summit.Delegation(chair)).PutAsJsonAsync($"/api/meetings/{meeting}/agenda/order", new { itemIds = new[] { second, first } });
        Assert.Equal(HttpStatusCode.OK, ordered.StatusCode);

        var agenda = await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda");
        Assert.Equal([second, first], agenda.GetProperty("items").EnumerateArray().Select(i => i.Id()));
    }

    [Fact]
    public async Task A_reorder_read_before_the_agenda_changed_still_applies_and_what_cannot_be_an_order_is_refused()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Next());
        var first = await _summit.ProposeAsync("KAZ", meeting, "First", "Ministers");
        var second = await _summit.ProposeAsync("KGZ", meeting, "Second", "Ministers");
        var third = await _summit.ProposeAsync("TJK", meeting, "Third, added after the secretariat read the agenda", "Ministers");
        var elsewhere = await _summit.ProposeAsync("UZB", await _summit.MeetingAsync("Council of Foreign Ministers", Next()), "Another meeting's", "Ministers");
        var secretariat = await _summit.Secretariat();

        // Named twice, or never on this agenda: refused, and the agenda is as it was.
        var twice = await secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/agenda/order", new { itemIds = new[] { second, second, first } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("agenda.order-mismatch", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var foreign = await secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/agenda/order", new { itemIds = new[] { second, elsewhere, first } });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal([elsewhere], (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notOnAgenda").EnumerateArray().Select(i => i.GetGuid()));
        var agenda = await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda");
        Assert.Equal([first, second, third], agenda.GetProperty("items").EnumerateArray().Select(i => i.Id()));

        // An order read before the third item arrived: the two named first, the newcomer after them.
        var ordered = await secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/agenda/order", new { itemIds = new[] { second, first } });
        Assert.Equal(HttpStatusCode.OK, ordered.StatusCode);
        agenda = await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda");
        Assert.Equal([second, first, third], agenda.GetProperty("items").EnumerateArray().Select(i => i.Id()));
    }
}
