using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class ReferenceDataTests : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app;

    public ReferenceDataTests(SummitAppFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task The_five_members_are_seeded_with_names_capitals_and_time_zones()
    {
        var client = await _app.Secretariat();
        var parties = await client.GetFromJsonAsync<JsonElement>("/api/parties");
        var members = parties.EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "Member")
            .ToDictionary(p => p.GetProperty("code").GetString()!);

        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], members.Keys.Order());
        Assert.Equal("Asia/Almaty", members["KAZ"].GetProperty("timeZone").GetString());
        Assert.Equal("Astana", members["KAZ"].GetProperty("capital").GetString());
        Assert.Equal("Asia/Bishkek", members["KGZ"].GetProperty("timeZone").GetString());
        Assert.Equal("Кыргызстан", members["KGZ"].GetProperty("nameRu").GetString());
        Assert.All(members.Values, m => Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(m.GetProperty("timeZone").GetString()!, out _)));
    }

    [Fact]
    public async Task Partners_and_observers_are_seeded_with_EU_not_EUR()
    {
        var client = await _app.Delegation("UZB");
        var parties = await client.GetFromJsonAsync<JsonElement>("/api/parties");
        var byKind = parties.EnumerateArray().ToLookup(p => p.GetProperty("kind").GetString(), p => p.GetProperty("code").GetString());

        Assert.Equal(["CHN", "DEU", "EU", "IND", "JPN", "KOR", "RUS", "TUR", "USA"], byKind["Partner"].Order());
        Assert.Equal(["AFG", "AZE", "UN"], byKind["Observer"].Order());
    }

    [Fact]
    public async Task Standard_bodies_form_the_layers_with_parents_and_a_C5_plus_X_set_per_partner()
    {
        var client = await _app.Secretariat();
        var bodies = (await client.GetFromJsonAsync<JsonElement>("/api/bodies")).EnumerateArray().ToList();
        JsonElement Named(string name) => bodies.Single(b => b.GetProperty("name").GetString() == name);

        var leaders = Named("Consultative Meeting of the Heads of State of Central Asia");
        var ministers = Named("Council of Foreign Ministers");
        var coordinators = Named("National Coordinators");
        Assert.Equal(JsonValueKind.Null, leaders.GetProperty("parentBodyId").ValueKind);
        Assert.Equal(leaders.GetProperty("id").GetGuid(), ministers.GetProperty("parentBodyId").GetGuid());
        Assert.Equal(ministers.GetProperty("id").GetGuid(), coordinators.GetProperty("parentBodyId").GetGuid());

        var workingGroups = bodies.Where(b => b.GetProperty("layer").GetString() == "WorkingGroup").ToList();
        Assert.Equal(6, workingGroups.Count);
        Assert.All(workingGroups, wg => Assert.Equal(coordinators.GetProperty("id").GetGuid(), wg.GetProperty("parentBodyId").GetGuid()));

        var usaSummit = Named("C5+USA Summit");
        var usaMinisters = Named("C5+USA Foreign Ministers' Meeting");
        var usaOfficials = Named("C5+USA Senior Officials");
        Assert.Equal("USA", usaSummit.GetProperty("partner").GetString());
        Assert.Equal(usaSummit.GetProperty("id").GetGuid(), usaMinisters.GetProperty("parentBodyId").GetGuid());
        Assert.Equal(usaMinisters.GetProperty("id").GetGuid(), usaOfficials.GetProperty("parentBodyId").GetGuid());
        Assert.Equal(9 * 3, bodies.Count(b => b.GetProperty("format").GetString() != "C5"));

        var formats = await client.GetFromJsonAsync<JsonElement>("/api/formats");
        Assert.Contains(formats.EnumerateArray(), f => f.GetProperty("code").GetString() == "C5+EU");
    }

    [Fact]
    public async Task Observers_cannot_read_reference_data_anonymously()
    {
        var response = await _app.CreateClient().GetAsync("/api/bodies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
