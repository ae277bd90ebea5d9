using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

public sealed class SummitAppFixture : IDisposable
{
    public SummitApp App { get; } = new(harness: true);

    public Summit Summit => new((role, party) => App.ClientAs(role, party));

    public void Dispose() => App.Dispose();
}

/// <summary>Issue 4, done when: an item born in a working group climbs to the Leaders through the HTTP API alone.</summary>
public sealed class ClimbTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private readonly Summit _summit = fixture.Summit;

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task A_decision_proposed_in_a_working_group_climbs_through_officials_and_ministers_and_is_adopted_by_the_Leaders()
    {
        var climb = await Scenarios.ClimbAsync(_summit, 2034);

        Assert.Equal("Adopted", climb.Final.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal(climb.Leaders, climb.Final.GetProperty("item").GetProperty("meetingId").GetGuid());
        var harness = fixture.App.Services.GetRequiredService<ITestHarness>();
        var adopted = await Eventually.Until(() => Task.FromResult(harness.Published.Select<AgendaItemAdopted>().Select(m => m.Context.Message)
            .FirstOrDefault(m => m.ItemId == climb.Item)), m => m is not null, what: "AgendaItemAdopted");
        // The Leaders' summit decides with Azerbaijan since Tashkent 2025: six bound.
        Assert.Equal(["AZE", .. Five], adopted!.Bound.Order());
        Assert.Equal([climb.Officials, climb.Ministers, climb.Leaders],
            harness.Published.Select<AgendaItemEscalated>().Select(m => m.Context.Message).Where(m => m.ItemId == climb.Item).Select(m => m.ToMeetingId!.Value));

        var history = await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{climb.Item}/history");
        Assert.Equal(3, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Escalated"));
        Assert.Equal(5 + 5 + 5 + 6, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Position"));
    }

    [Fact]
    public async Task An_item_escalated_before_the_parent_body_has_a_meeting_waits_and_is_placed_when_one_is_scheduled()
    {
        var group = await _summit.MeetingAsync("Working Group on Transport and Connectivity", Astana(2035, 3, 5));
        var item = await _summit.ProposeAsync("UZB", group, "Trans-Caspian corridor tariffs", "SeniorOfficials");
        await _summit.ConveneAsync(group);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await _summit.AllAsync(item, "Concur", Five);
        await _summit.DecideAsync(item);

        var waiting = await _summit.ItemAsync(item);
        Assert.Equal("Waiting", waiting.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("meetingId").ValueKind);

        var officials = await _summit.MeetingAsync("National Coordinators", Astana(2035, 4, 2));
        var placed = await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "Submitted", "placement on the new meeting");
        Assert.Equal(officials, placed.GetProperty("meetingId").GetGuid());
    }
}
