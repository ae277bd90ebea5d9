using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 23, points 2 and 5 for the record: the draft made from the meeting's own data when it concludes, who may read
/// it, and each refusal (another state's part 403, outside the window 409, empty text 400), none of which changes anything.
/// The window's close, moved by the clock, is in <see cref="RecordWindowClockTests"/>.
/// </summary>
public sealed class MeetingRecordTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private readonly Summit _summit = fixture.Summit;

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task The_draft_names_who_attended_and_who_was_absent_each_outcome_with_its_rule_the_statements_and_the_reservations()
    {
        var sat = await MeetingRecordScenario.SitAsync(_summit, Astana(2035, 11, 13), "TKM");
        var draft = await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);

        var attendance = draft.GetProperty("attendance").EnumerateArray().ToDictionary(a => a.GetProperty("party").GetString()!);
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UN", "UZB"], attendance.Keys.Order(StringComparer.Ordinal));
        Assert.True(attendance["UN"].GetProperty("observer").GetBoolean());
        Assert.False(attendance["TKM"].GetProperty("present").GetBoolean());
        Assert.True(attendance["KAZ"].GetProperty("present").GetBoolean());
        Assert.Equal(("Murat Nurtleu", "Minister of Foreign Affairs"),
            (attendance["KAZ"].GetProperty("headName").GetString(), attendance["KAZ"].GetProperty("headRank").GetString()));
        Assert.Equal(["Adviser of KAZ"], attendance["KAZ"].GetProperty("members").EnumerateArray().Select(m => m.GetString()));

        var agenda = draft.GetProperty("agenda").EnumerateArray().ToDictionary(a => a.GetProperty("itemId").GetGuid());
        // Turkmenistan absent: below quorum nothing is decided, the item is deferred by the consensus rule; the report is noted.
        Assert.Equal(("Deferred", "Consensus"), (agenda[sat.DecisionItem].GetProperty("outcome").GetString(), agenda[sat.DecisionItem].GetProperty("rule").GetString()));
        Assert.Equal(("Noted", "Information"), (agenda[sat.InformationItem].GetProperty("outcome").GetString(), agenda[sat.InformationItem].GetProperty("rule").GetString()));

        var statements = draft.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(["KAZ", "UZB"], statements.Select(s => s.GetProperty("party").GetString()));
        Assert.Equal(MeetingRecordScenario.StatementSymbol, statements[0].GetProperty("documentSymbol").GetString());
        Assert.All(statements, s => Assert.Equal(sat.DecisionItem, s.GetProperty("itemId").GetGuid()));
        var reservation = draft.GetProperty("reservations").EnumerateArray().Single();
        Assert.Equal(("TJK", "InterpretativeStatement"), (reservation.GetProperty("party").GetString(), reservation.GetProperty("kind").GetString()));
        Assert.StartsWith("Таджикистан", reservation.GetProperty("textRu").GetString());

        Assert.Equal("Limited", draft.GetProperty("distribution").GetString());
        var window = draft.GetProperty("windowClosesUtc").GetDateTime() - draft.GetProperty("draftedUtc").GetDateTime();
        Assert.Equal(TimeSpan.FromDays(7), window);
        // Limited: a participant reads it, an observer sees nothing of it (not even on the public path).
        Assert.Equal(HttpStatusCode.OK, (await (await _summit.Delegation("KGZ")).GetAsync($"/api/meetings/{sat.MeetingId}/record")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await _summit.Observer()).GetAsync($"/api/meetings/{sat.MeetingId}/record")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _summit.Observer()).GetAsync($"/public/records/{sat.MeetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _summit.Observer()).GetAsync($"/public/records/{sat.MeetingId}/pdf")).StatusCode);
    }

    [Fact]
    public async Task Refused_corrections_change_nothing_another_states_part_is_403_before_the_draft_409_and_empty_text_400()
    {
        var sat = await MeetingRecordScenario.SitAsync(_summit, Astana(2035, 11, 20));
        var kazakhstan = await _summit.Delegation("KAZ");
        var path = $"/api/meetings/{sat.MeetingId}/record";

        // While the meeting sits there is no draft to correct.
        var early = await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Attendance", headName = "Murat Nurtleu", headRank = "Minister" });
        await Problem(early, HttpStatusCode.Conflict, "record.window-closed");

        var draft = await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);
        var uzbekStatement = draft.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("party").GetString() == "UZB").GetProperty("id").GetGuid();
        var kazakhStatement = draft.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("party").GetString() == "KAZ").GetProperty("id").GetGuid();
        var before = await (await _summit.Secretariat()).GetStringAsync(path);

        await Problem(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Statement", entryId = uzbekStatement, text = "Opposed it." }),
            HttpStatusCode.Forbidden, "record.other-party");
        await Problem(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "UZB", part = "Attendance", headName = "Someone", headRank = "Minister" }),
            HttpStatusCode.Forbidden, "record.other-party");
        await Problem(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Statement", entryId = kazakhStatement, text = "  " }),
            HttpStatusCode.BadRequest, "request.invalid");
        await Problem(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new { party = "KAZ", part = "Attendance", headName = "", headRank = "Minister" }),
            HttpStatusCode.BadRequest, "request.invalid");
        // The speakers' list closed with the meeting; reservations are a delegation's own.
        await Problem(await (await _summit.Secretariat()).PostAsJsonAsync($"{path}/speakers", new { party = "KGZ", summary = "Late." }),
            HttpStatusCode.Conflict, "record.not-sitting");
        await Problem(await kazakhstan.PostAsJsonAsync($"{path}/reservations", new { party = "TJK", kind = "Reservation", text = "Not ours." }),
            HttpStatusCode.Forbidden, "record.other-party");
        Assert.Equal(HttpStatusCode.Forbidden, (await kazakhstan.PostAsJsonAsync($"{path}/speakers", new { party = "KAZ" })).StatusCode);

        Assert.Equal(before, await (await _summit.Secretariat()).GetStringAsync(path));
    }

    [Fact]
    public async Task An_accepted_correction_changes_the_record_a_rejected_one_keeps_it_and_gives_its_reason_and_neither_is_answered_twice()
    {
        var sat = await MeetingRecordScenario.SitAsync(_summit, Astana(2035, 11, 27));
        var draft = await MeetingRecordScenario.ConcludeAsync(_summit, sat.MeetingId);
        var path = $"/api/meetings/{sat.MeetingId}/record";
        var kazakhStatement = draft.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("party").GetString() == "KAZ").GetProperty("id").GetGuid();
        var kazakhstan = await _summit.Delegation("KAZ");
        var secretariat = await _summit.Secretariat();

        var statement = await Created(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new
        {
            party = "KAZ", part = "Statement", entryId = kazakhStatement, text = "Introduced the protocol on behalf of the chair.",
        }));
        var attendance = await Created(await kazakhstan.PostAsJsonAsync($"{path}/corrections", new
        {
            party = "KAZ", part = "Attendance", headName = "Ermek Kosherbayev", headRank = "Deputy Minister of Foreign Affairs",
        }));
        // Nothing changes until the secretariat answers; the other delegations do not see Kazakhstan's corrections.
        var pending = await secretariat.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("Introduced the protocol and thanked the working group.", Statement(pending, kazakhStatement).GetProperty("summary").GetString());
        Assert.Equal(2, pending.GetProperty("corrections").GetArrayLength());
        Assert.Equal(0, (await (await _summit.Delegation("UZB")).GetFromJsonAsync<JsonElement>(path)).GetProperty("corrections").GetArrayLength());

        await Problem(await secretariat.PostAsJsonAsync($"{path}/corrections/{attendance}/reject", new { reason = "" }), HttpStatusCode.BadRequest, "request.invalid");
        var accepted = await secretariat.PostAsJsonAsync($"{path}/corrections/{statement}/accept", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var rejected = await secretariat.PostAsJsonAsync($"{path}/corrections/{attendance}/reject", new { reason = "The list of participants shows the Minister." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        var after = await secretariat.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("Introduced the protocol on behalf of the chair.", Statement(after, kazakhStatement).GetProperty("summary").GetString());
        var kazakh = after.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("party").GetString() == "KAZ");
        Assert.Equal("Murat Nurtleu", kazakh.GetProperty("headName").GetString());
        var answers = after.GetProperty("corrections").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetGuid());
        Assert.Equal("Accepted", answers[statement].GetProperty("status").GetString());
        Assert.Equal(("Rejected", "The list of participants shows the Minister."),
            (answers[attendance].GetProperty("status").GetString(), answers[attendance].GetProperty("reason").GetString()));

        await Problem(await secretariat.PostAsJsonAsync($"{path}/corrections/{attendance}/accept", new { }), HttpStatusCode.Conflict, "record.correction-answered");
        Assert.Equal(HttpStatusCode.Forbidden, (await kazakhstan.PostAsJsonAsync($"{path}/corrections/{attendance}/accept", new { })).StatusCode);
    }

    [Fact]
    public async Task A_bodys_correction_window_is_1_to_90_days()
    {
        var secretariat = await _summit.Secretariat();
        var body = await StandardBodies.IdOf(secretariat, "Working Group on Water and Energy");
        Assert.Equal(HttpStatusCode.OK, (await StandardBodies.SetCorrectionWindowAsync(secretariat, body, 10)).StatusCode);
        await Problem(await secretariat.PutAsJsonAsync($"/api/bodies/{body}/record-settings", new { correctionWindowDays = 0 }), HttpStatusCode.BadRequest, "request.invalid");
        await Problem(await secretariat.PutAsJsonAsync($"/api/bodies/{body}/record-settings", new { correctionWindowDays = 91 }), HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _summit.Delegation("KAZ")).PutAsJsonAsync($"/api/bodies/{body}/record-settings", new { correctionWindowDays = 3 })).StatusCode);
        var set = await secretariat.PutAsJsonAsync($"/api/bodies/{body}/record-settings", new { correctionWindowDays = 14 });
        Assert.Equal(14, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("correctionWindowDays").GetInt32());
    }

    private static JsonElement Statement(JsonElement record, Guid id) =>
        record.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);

    private static async Task<Guid> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
