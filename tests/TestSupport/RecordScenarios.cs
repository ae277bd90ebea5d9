using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

public sealed record MovedResult(Guid Meeting, JsonElement Moved, IReadOnlyList<string> History, string Feed, JsonElement Agenda, JsonElement Decided, string ChairAfter);

public sealed record AdmissionResult(string Party, Guid Item, JsonElement Standings, HttpStatusCode GuestProposes, HttpStatusCode GuestTakesPosition,
    JsonElement GuestSeesItem, JsonElement EarlierScheduledAgenda, JsonElement LaterAgenda, HttpStatusCode NewMemberProposes, JsonElement WithoutNewMember,
    JsonElement WithNewMember);

public sealed record SilenceResult(Guid Meeting, JsonElement Adopted, JsonElement Broken, JsonElement AdoptedHistory, IReadOnlyList<string> SecretariatInbox);

public sealed record TreatyResult(Guid Instrument, JsonElement AfterTwo, JsonElement InForce, JsonElement LateRatifier, JsonElement PublicTable,
    HttpStatusCode RatifyBeforeSigning, HttpStatusCode Stranger, HttpStatusCode OtherStateSigns, JsonElement Statement, IReadOnlyList<string> KazakhInbox);

/// <summary>
/// Issue 11's stories, told through the HTTP API and run the same on the embedded host and across processes: a meeting
/// moved to another host, a member admitted, a silence procedure concluded after the close, a treaty entering into force.
/// </summary>
public static class RecordScenarios
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static DateTimeOffset Local(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(5));

    private static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what} gave {(int)response.StatusCode}, expected {(int)status}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<JsonElement> AgendaAsync(HttpClient client, Guid meeting) => client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda");

    /// <summary>A meeting postponed in Astana, held in Ashgabat: new host, zone and venue, conflicts checked, turn recorded for the host that held it.</summary>
    public static async Task<MovedResult> MovedMeetingAsync(Summit summit, int year)
    {
        var secretariat = await summit.Secretariat();
        var name = $"Leaders' retreat {year} {Guid.NewGuid():N}";
        var body = (await Expect(await secretariat.PostAsJsonAsync("/api/bodies", new
        {
            name,
            layer = "Leaders",
            format = "C5",
            chairRotation = new { policy = "Sequence", advance = "PerMeeting", sequence = new[] { "KAZ", "TKM", "UZB" }, startYear = year },
        }), HttpStatusCode.Created, "creating a body")).GetProperty("id").GetGuid();
        var meeting = await summit.MeetingAsync(name, Local(year, 3, 4), edit: r =>
        {
            r["hostParty"] = "KAZ";
            r["city"] = "Astana";
            r["venue"] = "Palace of Independence";
            r["timeZone"] = "Asia/Almaty";
        });
        var item = await summit.ProposeAsync("KAZ", meeting, "A regional council on water", "Leaders");
        await Expect(await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/postpone", new { reason = "Floods in the host region" }), HttpStatusCode.OK, "postponing");

        var ashgabat = Local(year, 4, 15, 11);
        var moved = await Expect(await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/reschedule",
            new { start = ashgabat, end = ashgabat.AddHours(4), hostParty = "TKM", city = "Ashgabat", venue = "Oguzkhan Palace", turn = "Waived" }), HttpStatusCode.OK, "moving");
        var agenda = await Eventually.Until(() => AgendaAsync(secretariat, meeting),
            a => a.GetProperty("startUtc").GetDateTimeOffset() == ashgabat && a.GetProperty("status").GetString() == "Planned",
            TimeSpan.FromSeconds(60), "Consensus to see the meeting moved");
        var history = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/history")).EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()}: {c.GetProperty("detail").GetString()}").ToList();
        var feed = await secretariat.GetStringAsync($"/api/meetings/{meeting}/calendar.ics");

        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        await summit.AllAsync(item, "Concur", Five);
        var decided = await summit.DecideAsync(item);
        await Expect(await secretariat.PostAsync($"/api/meetings/{meeting}/conclude", null), HttpStatusCode.OK, "concluding");
        var chair = await secretariat.GetFromJsonAsync<JsonElement>($"/api/bodies/{body}/chair?on={year}-12-01");
        return new MovedResult(meeting, moved, history, feed, agenda, decided, chair.GetProperty("party").GetString()!);
    }

    /// <summary>
    /// A guest attends, is admitted as a member by a Decision the five adopt, and from the decision's date sits in the
    /// deciding set: a meeting scheduled before the decision learns it, a later one counts it for quorum and signatures.
    /// </summary>
    public static async Task<AdmissionResult> AdmissionAsync(Summit summit, int year)
    {
        var secretariat = await summit.Secretariat();
        var code = "G" + new string(Enumerable.Range(0, 5).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());
        await Expect(await secretariat.PostAsJsonAsync("/api/parties", new
        {
            code, kind = "Observer", nameEn = $"Guestland {code}", nameRu = $"Гостландия {code}", capital = "Guest City", timeZone = "Asia/Baku",
        }), HttpStatusCode.Created, "adding the guest");
        await Expect(await secretariat.PostAsJsonAsync($"/api/parties/{code}/standings",
            new { format = "C5", standing = "Guest", from = $"{year}-01-01", reference = "Invited as guest of honour" }), HttpStatusCode.Created, "the guest standing");

        var first = await summit.MeetingAsync("Council of Foreign Ministers", Local(year, 3, 10), edit: r => r["observers"] = new[] { code });
        var earlier = await summit.MeetingAsync("National Coordinators", Local(year, 7, 1));
        var guest = await summit.Delegation(code);
        var guestProposes = (await guest.PostAsJsonAsync("/api/agenda-items",
            new { meetingId = first, kind = "Decision", title = "Admit us", targetLayer = "Ministers" })).StatusCode;
        var item = (await Expect(await (await summit.Delegation("KAZ")).PostAsJsonAsync("/api/agenda-items", new
        {
            meetingId = first, kind = "Decision", title = $"Admission of {code} as a full participant", targetLayer = "Ministers",
            admission = new { party = code, standing = "Member", from = $"{year}-06-01" },
        }), HttpStatusCode.Created, "proposing the admission")).GetProperty("id").GetGuid();
        await summit.ConveneAsync(first);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the admission open");
        var guestTakesPosition = (await summit.PositionAsync(item, code, "Concur")).StatusCode;
        await summit.AllAsync(item, "Concur", Five);
        var guestSees = await guest.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}");
        var adopted = await summit.DecideAsync(item);
        if (adopted.GetProperty("outcome").GetProperty("kind").GetString() != "Adopted")
        {
            throw new InvalidOperationException($"The admission was not adopted: {adopted}");
        }

        var standings = await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>($"/api/parties/{code}/standings"),
            s => s.EnumerateArray().Any(x => x.GetProperty("standing").GetString() == "Member"), TimeSpan.FromSeconds(60), "the admission recorded as a standing");
        var earlierAgenda = await Eventually.Until(() => AgendaAsync(secretariat, earlier),
            a => a.GetProperty("deciders").EnumerateArray().Any(d => d.GetString() == code), TimeSpan.FromSeconds(60), "the earlier-scheduled meeting told of its new decider");

        var later = await summit.MeetingAsync("Council of Foreign Ministers", Local(year, 9, 10),
            edit: r => r["delegations"] = ((IEnumerable<object>)r["delegations"]!).Append(Requests.Delegation(code)).ToList());
        var laterAgenda = await AgendaAsync(secretariat, later);
        var proposes = await (await summit.Delegation(code)).PostAsJsonAsync("/api/agenda-items",
            new { meetingId = later, kind = "Decision", title = "Joint transit corridor", targetLayer = "Ministers" });
        var second = (await Expect(proposes, HttpStatusCode.Created, "the new member proposing")).GetProperty("id").GetGuid();
        await summit.ConveneAsync(later);
        await summit.WaitItemAsync(second, i => i.GetProperty("status").GetString() == "UnderConsideration", "the new member's item open");
        foreach (var party in Five)
        {
            // The five alone (not the new member, whose silence is what the next decision shows).
            await Expect(await summit.PositionAsync(second, party, "Concur"), HttpStatusCode.OK, $"{party}'s position");
        }

        var without = await summit.DecideAsync(second);
        await Expect(await summit.PositionAsync(second, code, "Concur"), HttpStatusCode.OK, "the new member's position");
        var with = await summit.DecideAsync(second);
        return new AdmissionResult(code, item, standings, guestProposes, guestTakesPosition, guestSees, earlierAgenda, laterAgenda, proposes.StatusCode, without, with);
    }

    /// <summary>A meeting closes while a silence procedure runs: the procedure still ends at its deadline (or when broken), at that meeting.</summary>
    public static async Task<SilenceResult> SilenceAfterCloseAsync(Summit summit, int year)
    {
        var secretariat = await summit.Secretariat();
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", Local(year, 4, 7));
        var held = await summit.ProposeAsync("KAZ", meeting, "Joint glacier monitoring network", "Ministers");
        var broken = await summit.ProposeAsync("UZB", meeting, "Common visa for tourists", "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(held, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await summit.WaitItemAsync(broken, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        await summit.PositionAsync(held, "KGZ", "Concur");
        await Expect(await secretariat.PostAsJsonAsync($"/api/agenda-items/{held}/silence", new { deadline = DateTimeOffset.UtcNow.AddSeconds(8) }), HttpStatusCode.OK, "silence");
        await Expect(await secretariat.PostAsJsonAsync($"/api/agenda-items/{broken}/silence", new { deadline = DateTimeOffset.UtcNow.AddHours(2) }), HttpStatusCode.OK, "silence");

        await Expect(await secretariat.PostAsync($"/api/meetings/{meeting}/conclude", null), HttpStatusCode.OK, "concluding");
        await Eventually.Until(() => AgendaAsync(secretariat, meeting), a => a.GetProperty("status").GetString() == "Concluded",
            TimeSpan.FromSeconds(60), "Consensus to see the meeting closed");
        await Expect(await summit.PositionAsync(broken, "TJK", "Object"), HttpStatusCode.OK, "breaking silence after the close");
        var brokenItem = await summit.ItemAsync(broken);
        var adopted = await summit.WaitItemAsync(held, i => i.GetProperty("status").GetString() == "Adopted", "adoption at the deadline after the close");
        var history = await secretariat.GetFromJsonAsync<JsonElement>($"/api/agenda-items/{held}/history");
        // The secretariat's inbox hears of the broken silence and of the decision at the deadline.
        var inbox = await Eventually.Until(async () => (await secretariat.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray()
                .Where(n => n.GetProperty("meetingId").GetGuid() == meeting).Select(n => n.GetProperty("kind").GetString()!).ToList(),
            kinds => kinds.Contains("SilenceBroken") && kinds.Contains("ItemDecided"), TimeSpan.FromSeconds(60), "the secretariat told");
        return new SilenceResult(meeting, adopted, brokenItem, history, inbox);
    }

    /// <summary>
    /// A treaty adopted at a meeting recorded as held is opened for signature there, signed, ratified by three and so in
    /// force (30 days after the third deposit); a fourth ratification today puts it in force for that state 30 days on.
    /// </summary>
    public static async Task<TreatyResult> TreatyAsync(Summit summit, int year)
    {
        var secretariat = await summit.Secretariat();
        var ministers = await StandardBodies.IdOf(secretariat, "Council of Foreign Ministers");
        var meeting = (await Expect(await secretariat.PostAsJsonAsync("/api/meetings/held",
            Requests.Meeting(ministers, Local(year, 5, 20), timeZone: "Asia/Dushanbe", host: "TJK", city: "Dushanbe", venue: "Palace of Nations")),
            HttpStatusCode.Created, "recording the meeting")).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/statements")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Statements to know the held meeting");
        await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/agenda")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Consensus to know the held meeting");
        var statement = (await Expect(await secretariat.PostAsJsonAsync("/api/statements", new
        {
            meetingId = meeting, kind = "Declaration", title = $"Treaty on Regional Water Cooperation ({year})",
            english = "# Treaty on Regional Water Cooperation\n\nThe Parties agree to share river-flow data daily.",
            russian = "# Договор о региональном водном сотрудничестве\n\nСтороны договорились ежедневно обмениваться данными о стоке рек.",
        }), HttpStatusCode.Created, "the treaty's text")).GetProperty("id").GetGuid();
        await Expect(await secretariat.PostAsJsonAsync("/api/agenda-items/held", new
        {
            meetingId = meeting, kind = "JointStatement", title = "Adoption of the Treaty on Regional Water Cooperation", targetLayer = "Ministers",
            outcome = "Adopted", statementId = statement,
        }), HttpStatusCode.Created, "recording the adoption");
        var published = await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{statement}"),
            s => s.GetProperty("status").GetString() == "Published", TimeSpan.FromSeconds(60), "the treaty's text published");

        var opened = await Expect(await secretariat.PostAsJsonAsync("/api/instruments", new
        {
            meetingId = meeting, statementId = statement, kind = "Treaty", title = $"Treaty on Regional Water Cooperation ({year})",
            titleRu = "Договор о региональном водном сотрудничестве", entryIntoForce = new { rule = "Ratifications", ratifications = 3, daysAfter = 30 },
        }), HttpStatusCode.Created, "opening for signature");
        var id = opened.GetProperty("id").GetGuid();
        string Day(int y, int m, int d) => new DateOnly(y, m, d).ToString("yyyy-MM-dd");
        foreach (var party in new[] { "KAZ", "KGZ", "TJK", "UZB" })
        {
            await Expect(await secretariat.PostAsJsonAsync($"/api/instruments/{id}/signatures", new { party, on = Day(year, 5, 20) }), HttpStatusCode.OK, $"{party} signing");
        }

        var ratifyBeforeSigning = (await secretariat.PostAsJsonAsync($"/api/instruments/{id}/ratifications", new { party = "TKM", on = Day(year, 8, 1) })).StatusCode;
        // Turkmenistan signs later, through its own delegation; it cannot sign for another state.
        var turkmenistan = await summit.Delegation("TKM");
        var otherStateSigns = (await turkmenistan.PostAsJsonAsync($"/api/instruments/{id}/signatures", new { party = "KAZ", on = Day(year, 9, 1) })).StatusCode;
        await Expect(await turkmenistan.PostAsJsonAsync($"/api/instruments/{id}/signatures", new { party = "TKM", on = Day(year, 9, 1) }), HttpStatusCode.OK, "TKM signing later");
        var stranger = (await secretariat.PostAsJsonAsync($"/api/instruments/{id}/signatures", new { party = "USA", on = Day(year, 9, 1) })).StatusCode;

        await Expect(await secretariat.PostAsJsonAsync($"/api/instruments/{id}/ratifications", new { party = "KAZ", on = Day(year + 1, 1, 15) }), HttpStatusCode.OK, "KAZ ratifying");
        var afterTwo = await Expect(await secretariat.PostAsJsonAsync($"/api/instruments/{id}/ratifications", new { party = "UZB", on = Day(year + 1, 2, 10) }), HttpStatusCode.OK, "UZB ratifying");
        var inForce = await Expect(await secretariat.PostAsJsonAsync($"/api/instruments/{id}/ratifications", new { party = "KGZ", on = Day(year + 1, 3, 1) }), HttpStatusCode.OK, "KGZ ratifying");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var late = await Expect(await secretariat.PostAsJsonAsync($"/api/instruments/{id}/ratifications", new { party = "TJK", on = today }), HttpStatusCode.OK, "TJK ratifying today");
        var table = await (await summit.Observer()).GetFromJsonAsync<JsonElement>($"/public/instruments/{id}");
        // The events cross to Scheduling, which tells each party in its inbox.
        var kazakhstan = await summit.Delegation("KAZ");
        var inbox = await Eventually.Until(async () => (await kazakhstan.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray()
                .Where(n => n.GetProperty("message").GetString()!.Contains(id.ToString())).Select(n => n.GetProperty("kind").GetString()!).ToList(),
            kinds => kinds.Contains("OpenForSignature") && kinds.Contains("InForce"), TimeSpan.FromSeconds(60), "Kazakhstan told of the treaty");
        return new TreatyResult(id, afterTwo, inForce, late, table, ratifyBeforeSigning, stranger, otherStateSigns, published, inbox);
    }
}
