using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

/// <summary>A meeting that sat and was recorded: its id and its two items (one decided by the body's rule, one noted).</summary>
public sealed record RecordedMeeting(Guid MeetingId, Guid DecisionItem, Guid InformationItem);

/// <summary>
/// Issue 23, point 2: a meeting of the Council of Foreign Ministers that sits, decides an item and notes another, with two
/// statements on the speakers' list (one with a written statement's symbol) and an interpretative statement entered by
/// Tajikistan in both languages; then concluded, so that its draft record is made. Through the HTTP API only.
/// </summary>
public static class MeetingRecordScenario
{
    public static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    public const string StatementSymbol = "C5/CFM/ST.1";

    public static async Task<RecordedMeeting> SitAsync(Summit summit, DateTimeOffset start, params string[] absent)
    {
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", start, edit: request =>
            request["delegations"] = Five.Except(absent).Select(p => p == "KAZ" ? Requests.Delegation(p, "Murat Nurtleu", "Minister of Foreign Affairs") : Requests.Delegation(p))
                .ToList());
        var decision = await summit.ProposeAsync("KAZ", meeting, "Protocol on the shared use of transboundary water", "Ministers");
        var information = await summit.ProposeAsync("SECRETARIAT", meeting, "Report of the working group on transport", "Ministers", kind: "Information");
        var secretariat = await summit.Secretariat();
        // On the public calendar: its final record is distributed to anyone.
        await Expect(await secretariat.PostAsync($"/api/meetings/{meeting}/announce", null), HttpStatusCode.OK, "announcing");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(decision, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        await summit.AllAsync(decision, "Concur", Five.Except(absent).ToArray());
        await summit.DecideAsync(decision);
        await summit.DecideAsync(information);

        await Expect(await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/record/speakers", new
        {
            party = "KAZ", itemId = decision, speaker = "Murat Nurtleu", summary = "Introduced the protocol and thanked the working group.",
            summaryRu = "Представил протокол и поблагодарил рабочую группу.", documentSymbol = StatementSymbol,
        }), HttpStatusCode.OK, "a speaker");
        await Expect(await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/record/speakers", new
        {
            party = "UZB", itemId = decision, summary = "Supported the protocol.",
        }), HttpStatusCode.OK, "a second speaker");
        await Expect(await (await summit.Delegation("TJK")).PostAsJsonAsync($"/api/meetings/{meeting}/record/reservations", new
        {
            party = "TJK", kind = "InterpretativeStatement", itemId = decision,
            text = "Tajikistan understands the protocol to apply to new works only.",
            textRu = "Таджикистан понимает протокол как применимый только к новым сооружениям.",
        }), HttpStatusCode.OK, "an interpretative statement");
        return new RecordedMeeting(meeting, decision, information);
    }

    /// <summary>Concludes the meeting and waits for its draft record.</summary>
    public static async Task<JsonElement> ConcludeAsync(Summit summit, Guid meeting)
    {
        var secretariat = await summit.Secretariat();
        await Expect(await secretariat.PostAsync($"/api/meetings/{meeting}/conclude", null), HttpStatusCode.OK, "concluding");
        return await WaitAsync(summit, meeting, "Draft");
    }

    public static Task<JsonElement> WaitAsync(Summit summit, Guid meeting, string status) =>
        Eventually.Until(async () => await (await summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/record"),
            r => r.GetProperty("status").GetString() == status, TimeSpan.FromSeconds(60), $"the record {status}");

    private static async Task Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
