using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class QueryAndCalendarTests : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app;

    public QueryAndCalendarTests(SummitAppFixture fixture) => _app = fixture.App;

    private static DateTimeOffset Day(int month, int day) => new(2030, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task Meetings_are_found_by_date_range_layer_party_and_status_and_come_in_pages()
    {
        var client = await _app.Secretariat();
        var a = await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", Day(2, 4));
        var b = await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", Day(2, 5));
        var usa = await MeetingsApi.CreateAsync(client, "C5+USA Senior Officials", Day(2, 6), partner: "USA");
        await client.PostAsync($"/api/meetings/{b.Id()}/announce", null);

        var february = await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-02-01T00:00:00Z&to=2030-02-28T00:00:00Z");
        Assert.Equal(3, february.GetProperty("total").GetInt32());
        Assert.Equal([a.Id(), b.Id(), usa.Id()], february.GetProperty("items").EnumerateArray().Select(m => m.Id()));

        var groups = await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-02-01T00:00:00Z&to=2030-02-28T00:00:00Z&layer=WorkingGroup&track=WaterEnergy");
        Assert.Equal(2, groups.GetProperty("total").GetInt32());
        var withUsa = await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-02-01T00:00:00Z&party=USA");
        Assert.Equal([usa.Id()], withUsa.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        var announced = await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-02-01T00:00:00Z&status=Announced");
        Assert.Equal([b.Id()], announced.GetProperty("items").EnumerateArray().Select(m => m.Id()));

        var page2 = await client.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-02-01T00:00:00Z&to=2030-02-28T00:00:00Z&page=2&pageSize=2");
        Assert.Equal([usa.Id()], page2.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/meetings?pageSize=1000")).StatusCode);
    }

    [Fact]
    public async Task A_delegation_finds_only_its_own_meetings()
    {
        var client = await _app.Secretariat();
        var japan = await MeetingsApi.CreateAsync(client, "C5+JPN Senior Officials", Day(3, 4), partner: "JPN");
        var korea = await MeetingsApi.CreateAsync(client, "C5+KOR Senior Officials", Day(3, 5), partner: "KOR");

        var tokyo = await _app.Delegation("JPN");
        var search = await tokyo.GetFromJsonAsync<JsonElement>("/api/meetings?from=2030-03-01T00:00:00Z&to=2030-03-31T00:00:00Z&party=KOR");
        var mine = await tokyo.GetFromJsonAsync<JsonElement>("/api/meetings/mine");

        Assert.Equal([japan.Id()], search.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.Contains(japan.Id(), mine.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.DoesNotContain(korea.Id(), mine.GetProperty("items").EnumerateArray().Select(m => m.Id()));
    }

    [Fact]
    public async Task A_meeting_calendar_is_iCalendar_that_a_parser_reads_back_with_the_venue_time_zone()
    {
        var client = await _app.Secretariat();
        var meeting = await MeetingsApi.CreateAsync(client, "Working Group on Environment and Climate", Day(4, 8),
            edit: r => { r["timeZone"] = "Asia/Bishkek"; r["city"] = "Bishkek"; r["hostParty"] = "KGZ"; r["start"] = new DateTimeOffset(2030, 4, 8, 10, 0, 0, TimeSpan.FromHours(6)); r["end"] = new DateTimeOffset(2030, 4, 8, 13, 0, 0, TimeSpan.FromHours(6)); });

        var response = await client.GetAsync($"/api/meetings/{meeting.Id()}/calendar.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal($"{meeting.Id():D}@summit-coordination", e.Uid);
        Assert.Equal("Asia/Bishkek", e.DtStart!.TzId);
        Assert.Equal(10, e.DtStart.Value.Hour);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Asia/Bishkek");
    }

    [Fact]
    public async Task A_change_raises_the_SEQUENCE_under_the_same_UID_and_a_cancellation_says_CANCELLED()
    {
        var client = await _app.Secretariat();
        var meeting = await MeetingsApi.CreateAsync(client, "Working Group on Social and Cultural Cooperation", Day(5, 13));
        async Task<Ical.Net.CalendarComponents.CalendarEvent> Read() =>
            Calendar.Load(await client.GetStringAsync($"/api/meetings/{meeting.Id()}/calendar.ics"))!.Events.Single();
        var first = await Read();

        var reschedule = await client.PostAsJsonAsync($"/api/meetings/{meeting.Id()}/reschedule", new { start = Day(5, 14), end = Day(5, 14).AddHours(2) });
        Assert.Equal(HttpStatusCode.OK, reschedule.StatusCode);
        var moved = await Read();
        await client.PostAsJsonAsync($"/api/meetings/{meeting.Id()}/cancel", new { reason = "Merged with the ministers' meeting" });
        var cancelled = await Read();

        Assert.Equal(first.Uid, moved.Uid);
        Assert.True(moved.Sequence > first.Sequence);
        Assert.True(cancelled.Sequence > moved.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task The_public_calendar_is_anonymous_and_holds_only_announced_meetings_without_delegations()
    {
        var client = await _app.Secretariat();
        var quiet = await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", Day(6, 3));
        var announced = await MeetingsApi.CreateAsync(client, "Working Group on Economy and Trade", Day(6, 4));
        await client.PostAsync($"/api/meetings/{announced.Id()}/announce", null);

        var text = await _app.CreateClient().GetStringAsync("/public/calendar.ics");
        var calendar = Calendar.Load(text)!;

        Assert.Contains(calendar.Events, e => e.Uid == $"{announced.Id():D}@summit-coordination");
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"{quiet.Id():D}@summit-coordination");
        Assert.DoesNotContain("Delegations", text);
    }

    [Fact]
    public async Task Party_and_body_calendars_follow_who_may_see_what()
    {
        var client = await _app.Secretariat();
        await MeetingsApi.CreateAsync(client, "C5+CHN Senior Officials", Day(7, 1), partner: "CHN");

        var china = await _app.Delegation("CHN");
        Assert.Equal(HttpStatusCode.OK, (await china.GetAsync("/api/parties/CHN/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await china.GetAsync("/api/parties/USA/calendar.ics")).StatusCode);
        var body = await StandardBodies.IdOf(client, "C5+CHN Senior Officials");
        var usa = await _app.Delegation("USA");
        Assert.Empty(Calendar.Load(await usa.GetStringAsync($"/api/bodies/{body}/calendar.ics"))!.Events);
        Assert.NotEmpty(Calendar.Load(await china.GetStringAsync($"/api/bodies/{body}/calendar.ics"))!.Events);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/parties/CHN/calendar.ics")).StatusCode);
    }
}
