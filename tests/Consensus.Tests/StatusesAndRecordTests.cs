using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>Issue 11, sections 5 and 6: the Deferred status, admissions as Decisions, and outcomes recorded for held meetings.</summary>
public sealed class StatusesAndRecordTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private readonly Summit _summit = fixture.Summit;

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task A_reserve_leaves_the_item_Deferred_in_its_history_the_chair_decides_again_and_the_close_carries_it_on_as_Deferred()
    {
        const string body = "Working Group on Social and Cultural Cooperation";
        var meeting = await _summit.MeetingAsync(body, Astana(2035, 3, 5));
        var item = await _summit.ProposeAsync("KGZ", meeting, "Joint energy-market rules", "WorkingGroup");
        var other = await _summit.ProposeAsync("TJK", meeting, "Shared border-crossing hours", "WorkingGroup");
        await _summit.ConveneAsync(meeting);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await _summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "UZB");
        await _summit.AllAsync(item, "Reserve", "TKM");

        var deferred = await _summit.DecideAsync(item);

        Assert.Equal("Deferred", deferred.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal("Deferred", deferred.GetProperty("item").GetProperty("status").GetString());
        // The next day the reserve is lifted: the chair closes it as adopted, at the same meeting.
        Assert.Equal(HttpStatusCode.OK, (await _summit.PositionAsync(item, "TKM", "Concur")).StatusCode);
        var adopted = await _summit.DecideAsync(item);
        Assert.Equal("Adopted", adopted.GetProperty("item").GetProperty("status").GetString());

        await _summit.WaitItemAsync(other, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await _summit.AllAsync(other, "Reserve", "UZB");
        Assert.Equal("Deferred", (await _summit.DecideAsync(other)).GetProperty("item").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await _summit.Secretariat()).PostAsync($"/api/meetings/{meeting}/conclude", null)).StatusCode);
        // No meeting of the body ahead: it waits, still shown as Deferred, until it is placed on another meeting.
        var waiting = await _summit.WaitItemAsync(other, i => i.GetProperty("meetingId").ValueKind == JsonValueKind.Null, "the deferred item moved off the closed meeting");
        Assert.Equal("Deferred", waiting.GetProperty("status").GetString());
        var next = await _summit.MeetingAsync(body, Astana(2035, 10, 8));
        var placed = await _summit.WaitItemAsync(other, i => i.GetProperty("meetingId").ValueKind != JsonValueKind.Null, "the deferred item placed");
        Assert.Equal(next, placed.GetProperty("meetingId").GetGuid());
        Assert.Equal("Submitted", placed.GetProperty("status").GetString());
        var history = (await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{other}/history")).EnumerateArray()
            .Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Deferred", history);
        Assert.Contains("Placed", history);
    }

    [Fact]
    public async Task An_admission_is_a_Decision_for_someone_who_does_not_decide_yet()
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", Astana(2035, 4, 9));
        var kazakhstan = await _summit.Delegation("KAZ");

        var information = await kazakhstan.PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = meeting, kind = "Information", title = "Admit AZE", targetLayer = "Ministers", admission = new { party = "AZE", standing = "Member" },
        });
        var alreadyDecides = await kazakhstan.PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = meeting, kind = "Decision", title = "Admit UZB", targetLayer = "Ministers", admission = new { party = "UZB", standing = "Member" },
        });
        var badStanding = await kazakhstan.PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = meeting, kind = "Decision", title = "Admit AZE", targetLayer = "Ministers", admission = new { party = "AZE", standing = "Overlord" },
        });
        var fine = await kazakhstan.PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = meeting, kind = "Decision", title = "Admit AZE", targetLayer = "Ministers", admission = new { party = "AZE", standing = "Member", from = "2036-01-01" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, information.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, alreadyDecides.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStanding.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
        var admission = (await fine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("admission");
        Assert.Equal("AZE", admission.GetProperty("party").GetString());
        Assert.Equal("2036-01-01", admission.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Outcomes_are_recorded_for_a_meeting_recorded_as_held_and_only_for_one()
    {
        var secretariat = await _summit.Secretariat();
        var ministers = await StandardBodies.IdOf(secretariat, "Council of Foreign Ministers");
        var held = (await (await secretariat.PostAsJsonAsync("/api/meetings/held",
            Requests.Meeting(ministers, Astana(2020, 10, 2)))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var agenda = await Eventually.Until(async () => await secretariat.GetAsync($"/api/meetings/{held}/agenda"), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Consensus to know the held meeting");
        Assert.True((await agenda.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("held").GetBoolean());

        var adopted = await secretariat.PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = held, kind = "Decision", title = "Roadmap for regional cooperation 2021-2023", targetLayer = "Ministers", outcome = "Adopted" });
        var noted = await secretariat.PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = held, kind = "Information", title = "Report of the national coordinators", targetLayer = "Ministers", outcome = "Noted" });
        var impossible = await secretariat.PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = held, kind = "Information", title = "Report", targetLayer = "Ministers", outcome = "Adopted" });
        var byDelegation = await (await _summit.Delegation("KAZ")).PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = held, kind = "Decision", title = "x", targetLayer = "Ministers", outcome = "Adopted" });
        var live = await _summit.MeetingAsync("Council of Foreign Ministers", Astana(2035, 5, 14));
        var onLive = await secretariat.PostAsJsonAsync("/api/agenda-items/held",
            new { meetingId = live, kind = "Decision", title = "x", targetLayer = "Ministers", outcome = "Adopted" });

        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        var item = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Adopted", item.GetProperty("status").GetString());
        Assert.Equal("Noted", (await noted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDelegation.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onLive.StatusCode);
        var history = await secretariat.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item.GetProperty("id").GetGuid()}/history");
        Assert.Equal("RecordedAsHeld", history[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _summit.PositionAsync(item.GetProperty("id").GetGuid(), "KAZ", "Object")).StatusCode);
        Assert.Equal(Five, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{held}/agenda")).GetProperty("deciders").EnumerateArray().Select(d => d.GetString()!));
    }
}
