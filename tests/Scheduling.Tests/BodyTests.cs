using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class BodyTests : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app;

    public BodyTests(SummitAppFixture fixture) => _app = fixture.App;

    private static object WorkingGroup(Guid parent, object? rule = null, string name = "Working Group on Digital Connectivity") => new
    {
        name,
        layer = "WorkingGroup",
        track = "TransportConnectivity",
        format = "C5",
        parentBodyId = parent,
        decisionRule = rule ?? new { rule = "QualifiedMajority", weights = new Dictionary<string, int> { ["KAZ"] = 2, ["KGZ"] = 1, ["TJK"] = 1, ["TKM"] = 1, ["UZB"] = 2 }, threshold = 0.667m, allowOptOut = true },
        chairRotation = new { policy = "Alphabetical", advance = "PerTerm", startYear = 2026 },
        minimumGapMinutes = 180,
        workingDayStart = "09:00:00",
        workingDayEnd = "18:00:00",
        agendaDeadlineDays = 21,
    };

    [Fact]
    public async Task The_secretariat_creates_a_body_with_its_rule_settings_and_Consensus_is_told()
    {
        var client = await _app.Secretariat();
        var coordinators = await StandardBodies.IdOf(client, "National Coordinators");

        var created = await client.PostAsJsonAsync("/api/bodies", WorkingGroup(coordinators));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await MeetingsApi.ReadAsync(created);
        Assert.Equal(0.667m, body.GetProperty("decisionRule").GetProperty("threshold").GetDecimal());
        Assert.Equal("09:00:00", body.GetProperty("workingDayStart").GetString());
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        var changed = await Eventually.Until(() => Task.FromResult(harness.Published.Select<BodyChanged>().Select(m => m.Context.Message)
            .FirstOrDefault(m => m.BodyId == body.GetProperty("id").GetGuid())), m => m is not null, what: "BodyChanged");
        Assert.Equal(DecisionRule.QualifiedMajority, changed!.DecisionRule.Rule);
        Assert.Equal(2, changed.DecisionRule.Weights!["UZB"]);
        Assert.True(changed.DecisionRule.AllowOptOut);
        Assert.Equal(180, changed.MinimumGapMinutes);
    }

    [Fact]
    public async Task Editing_a_body_changes_its_rule_keeps_its_history_and_publishes_again()
    {
        var client = await _app.Secretariat();
        var coordinators = await StandardBodies.IdOf(client, "National Coordinators");
        var id = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/bodies", WorkingGroup(coordinators, name: "Working Group on Tourism")))).Id();

        var edited = await client.PutAsJsonAsync($"/api/bodies/{id}", WorkingGroup(coordinators, new { rule = "ConsensusMinusX", minusX = 1 }, "Working Group on Tourism"));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var harness = _app.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<BodyChanged>().Any(m => m.Context.Message.BodyId == id && m.Context.Message.DecisionRule.MinusX == 1)), what: "the edit");
    }

    [Fact]
    public async Task A_body_has_a_Russian_name_the_standard_ones_from_the_catalogue_and_an_edit_without_one_keeps_it()
    {
        var client = await _app.Secretariat();
        var bodies = await client.GetFromJsonAsync<JsonElement>("/api/bodies");
        var leaders = bodies.EnumerateArray().Single(b => b.GetProperty("name").GetString() == "Consultative Meeting of the Heads of State of Central Asia");
        Assert.Equal("Консультативная встреча глав государств Центральной Азии", leaders.GetProperty("nameRu").GetString());

        var coordinators = await StandardBodies.IdOf(client, "National Coordinators");
        var request = JsonSerializer.SerializeToNode(WorkingGroup(coordinators, name: "Working Group on Health"))!.AsObject();
        request["nameRu"] = "Рабочая группа по здравоохранению";
        var id = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/bodies", request))).Id();
        var edited = await MeetingsApi.ReadAsync(await client.PutAsJsonAsync($"/api/bodies/{id}", WorkingGroup(coordinators, name: "Working Group on Public Health")));
        Assert.Equal("Working Group on Public Health", edited.GetProperty("name").GetString());
        Assert.Equal("Рабочая группа по здравоохранению", edited.GetProperty("nameRu").GetString());

        request["nameRu"] = new string('я', 201);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/bodies", request)).StatusCode);
    }

    [Fact]
    public async Task A_partial_edit_by_PATCH_leaves_every_setting_it_does_not_name_and_PUT_refuses_to_reset_them()
    {
        var client = await _app.Secretariat();
        var coordinators = await StandardBodies.IdOf(client, "National Coordinators");
        var request = JsonSerializer.SerializeToNode(WorkingGroup(coordinators, new { rule = "ConsensusMinusX", minusX = 2 }, "Working Group on Glaciers"))!.AsObject();
        request["chairRotation"] = JsonSerializer.SerializeToNode(new { policy = "Sequence", advance = "PerMeeting", sequence = new[] { "UZB", "KAZ", "TJK" }, startYear = 2030 });
        var id = (await MeetingsApi.ReadAsync(await client.PostAsJsonAsync("/api/bodies", request))).Id();

        var refused = await client.PutAsJsonAsync($"/api/bodies/{id}", new { name = "Working Group on Glaciers and Snow", layer = "WorkingGroup", format = "C5", parentBodyId = coordinators });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await MeetingsApi.ReadAsync(refused)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("chairRotation", out _));
        Assert.True(errors.TryGetProperty("decisionRule", out _));
        var unchanged = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{id}");
        Assert.Equal("Working Group on Glaciers", unchanged.GetProperty("name").GetString());

        var patched = await MeetingsApi.ReadAsync(await client.PatchAsJsonAsync($"/api/bodies/{id}", new { name = "Working Group on Glaciers and Snow", chairRotation = new { startYear = 2031 } }));

        Assert.Equal("Working Group on Glaciers and Snow", patched.GetProperty("name").GetString());
        var rotation = patched.GetProperty("chairRotation");
        Assert.Equal("Sequence", rotation.GetProperty("policy").GetString());
        Assert.Equal("PerMeeting", rotation.GetProperty("advance").GetString());
        Assert.Equal(["UZB", "KAZ", "TJK"], rotation.GetProperty("sequence").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal(2031, rotation.GetProperty("startYear").GetInt32());
        Assert.Equal("ConsensusMinusX", patched.GetProperty("decisionRule").GetProperty("rule").GetString());
        Assert.Equal(2, patched.GetProperty("decisionRule").GetProperty("minusX").GetInt32());
        Assert.Equal(180, patched.GetProperty("minimumGapMinutes").GetInt32());
        Assert.Equal("09:00:00", patched.GetProperty("workingDayStart").GetString());
        Assert.Equal(21, patched.GetProperty("agendaDeadlineDays").GetInt32());

        var invalid = await client.PatchAsJsonAsync($"/api/bodies/{id}", new { workingDayEnd = "07:00:00" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("09:00:00", (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{id}")).GetProperty("workingDayStart").GetString());
    }

    [Theory]
    [InlineData("leaders-majority")]
    [InlineData("minus-x-without-x")]
    [InlineData("majority-without-threshold")]
    [InlineData("unknown-rule")]
    [InlineData("hours-backwards")]
    public async Task An_impossible_body_is_400_with_the_field_named(string what)
    {
        var client = await _app.Secretariat();
        var coordinators = await StandardBodies.IdOf(client, "National Coordinators");
        object request = what switch
        {
            "leaders-majority" => new { name = "Leaders by vote", layer = "Leaders", format = "C5", decisionRule = new { rule = "QualifiedMajority", weights = new Dictionary<string, int> { ["KAZ"] = 1 }, threshold = 0.5m } },
            "minus-x-without-x" => WorkingGroup(coordinators, new { rule = "ConsensusMinusX" }),
            "majority-without-threshold" => WorkingGroup(coordinators, new { rule = "QualifiedMajority", weights = new Dictionary<string, int> { ["KAZ"] = 1 } }),
            "unknown-rule" => WorkingGroup(coordinators, new { rule = "CastingVote" }),
            _ => new { name = "Night shift", layer = "WorkingGroup", format = "C5", parentBodyId = coordinators, workingDayStart = "18:00:00", workingDayEnd = "08:00:00" },
        };

        var response = await client.PostAsJsonAsync("/api/bodies", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await MeetingsApi.ReadAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_body_must_report_one_layer_up()
    {
        var client = await _app.Secretariat();
        var leaders = await StandardBodies.IdOf(client, "Consultative Meeting of the Heads of State of Central Asia");

        var response = await client.PostAsJsonAsync("/api/bodies", WorkingGroup(leaders, name: "Working Group straight to the Leaders"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("body.parent-layer", (await MeetingsApi.ReadAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_delegation_cannot_edit_bodies()
    {
        var delegation = await _app.Delegation("TJK");
        var coordinators = await StandardBodies.IdOf(delegation, "National Coordinators");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegation.PostAsJsonAsync("/api/bodies", WorkingGroup(coordinators))).StatusCode);
    }

    [Theory]
    [InlineData("Consultative Meeting of the Heads of State of Central Asia", "2025-06-01", "UZB")]
    [InlineData("Consultative Meeting of the Heads of State of Central Asia", "2026-06-01", "TKM")]
    [InlineData("Council of Foreign Ministers", "2026-06-01", "TKM")]
    [InlineData("C5+JPN Summit", "2026-06-01", "TKM")]
    [InlineData("Working Group on Water and Energy", "2019-06-01", "KGZ")]
    public async Task Who_chairs_a_body_on_a_date(string body, string on, string chair)
    {
        var client = await _app.Delegation("KAZ");
        var id = await StandardBodies.IdOf(client, body);

        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{id}/chair?on={on}");

        Assert.Equal(chair, answer.GetProperty("party").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_waived_turn_passes_to_the_next_state()
    {
        var client = await _app.Secretariat();
        var id = await StandardBodies.IdOf(client, "Working Group on Economy and Trade");
        Assert.Equal("KGZ", (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{id}/chair?on=2024-03-01")).GetProperty("party").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/bodies/{id}/waivers", new { year = 2024, party = "KGZ" })).StatusCode);

        Assert.Equal("TJK", (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{id}/chair?on=2024-03-01")).GetProperty("party").GetString());
    }

    [Fact]
    public async Task Parties_and_formats_can_be_added_by_the_secretariat()
    {
        var client = await _app.Secretariat();
        var party = await client.PostAsJsonAsync("/api/parties", new { code = "GCC", kind = "Partner", nameEn = "Gulf Cooperation Council", nameRu = "Совет сотрудничества арабских государств Персидского залива", capital = "Riyadh", timeZone = "Asia/Riyadh" });
        Assert.Equal(HttpStatusCode.Created, party.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/formats", new { partner = "GCC" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/formats", new { partner = "GCC" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/formats", new { partner = "AFG" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/parties", new { code = "EUR1", kind = "Partner", nameEn = "x", nameRu = "x", capital = "x", timeZone = "Europe/Brussels" })).StatusCode);
    }
}
