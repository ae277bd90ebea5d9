using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 22 through the HTTP API: numbered paragraphs, who changes a status, reservations and their confidentiality,
/// the adoption gate across Statements and Consensus, and a chairman's statement built from what was agreed.
/// The meeting of <see cref="Events.MeetingScheduled"/>: the five members, chaired by TKM, UN invited as an observer.
/// </summary>
public sealed class ParagraphNegotiationTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    [Fact]
    public async Task A_draft_is_numbered_paragraph_by_paragraph_and_an_insertion_renumbers_the_rest_keeping_their_ids()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "One.\n\nTwo.\n\nThree.", "Один.\n\nДва.\n\nТри.");
        var secretariat = await Secretariat();
        var before = await ParagraphsAsync(secretariat, id);
        Assert.Equal(["OP1", "OP2", "OP3"], Numbers(before));
        Assert.Equal("Два.", before.GetProperty("paragraphs")[1].GetProperty("russian").GetString());
        Assert.True(before.GetProperty("clean").GetBoolean());

        var inserted = await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs",
            new { basedOn = 1, part = "Operative", english = "One and a half.", russian = "Полтора.", after = Id(before, "OP1") }));
        Assert.Equal(2, inserted.GetProperty("number").GetInt32());
        Assert.Equal("One.\n\nOne and a half.\n\nTwo.\n\nThree.", inserted.GetProperty("english").GetString());

        var after = await ParagraphsAsync(secretariat, id);
        Assert.Equal(["OP1", "OP2", "OP3 (was OP2)", "OP4 (was OP3)"], after.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        Assert.Equal(Id(before, "OP2"), Id(after, "OP3"));
        Assert.Equal(Id(before, "OP3"), Id(after, "OP4"));

        // A stale insertion is refused; the removal of a paragraph renumbers again.
        await ProblemAsync(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs", new { basedOn = 1, part = "Operative", english = "Late." }),
            HttpStatusCode.Conflict);
        await StatementsApi.Created(await secretariat.DeleteAsync($"/api/statements/{id}/paragraphs/{Id(after, "OP2")}?basedOn=2"));
        Assert.Equal(["OP1", "OP2 (was OP3)", "OP3 (was OP4)"], (await ParagraphsAsync(secretariat, id)).GetProperty("paragraphs").EnumerateArray()
            .Select(p => p.GetProperty("label").GetString()));
        var history = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/paragraphs/history");
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("kind").GetString() == "Inserted" && e.GetProperty("number").GetString() == "OP2");
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("kind").GetString() == "Removed");

        // Whole-text drafting goes on as before: a revision is split again, its unchanged paragraphs keeping their ids.
        var v4 = await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/versions",
            new { basedOn = 3, english = "One.\n\nTwo.\n\nThree, reworded.", russian = "Один.\n\nДва.\n\nТри." }));
        Assert.Equal(4, v4.GetProperty("number").GetInt32());
        Assert.Equal(Id(before, "OP3"), Id(await ParagraphsAsync(secretariat, id), "OP3"));
    }

    [Fact]
    public async Task Only_the_chair_or_the_pen_holder_changes_a_paragraphs_status_and_the_history_says_who()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "One.\n\nTwo.");
        var paragraphs = await ParagraphsAsync(await Secretariat(), id);
        var two = Id(paragraphs, "OP2");
        var status = $"/api/statements/{id}/paragraphs/{two}/status";

        var refused = await ProblemAsync(await (await Delegation("KAZ")).PostAsJsonAsync(status, new { status = "Bracketed" }), HttpStatusCode.Forbidden);
        Assert.Equal("paragraph.chair-or-pen-holder", refused.GetProperty("code").GetString());
        await ProblemAsync(await (await App.ClientAs("Delegation", "UN")).PostAsJsonAsync(status, new { status = "Bracketed" }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync(status, new { status = "Bracketed" })).StatusCode);
        await ProblemAsync(await (await Secretariat()).PostAsJsonAsync(status, new { status = "AgreedAdReferendum" }), HttpStatusCode.BadRequest);

        var bracketed = await StatementsApi.Created(await (await Delegation("TKM")).PostAsJsonAsync(status, new { status = "Bracketed" }), HttpStatusCode.OK);
        Assert.Equal("Bracketed", bracketed.GetProperty("status").GetString());
        Assert.Equal(["Bracketed"], bracketed.GetProperty("blocks").EnumerateArray().Select(b => b.GetString()));
        await StatementsApi.Created(await (await Secretariat()).PostAsJsonAsync(status,
            new { status = "AgreedAdReferendum", party = "KGZ", confirmByUtc = DateTime.UtcNow.AddDays(3) }), HttpStatusCode.OK);

        // The capital confirms through its own delegation; another state may not confirm for it.
        await ProblemAsync(await (await Delegation("KAZ")).PostAsync($"/api/statements/{id}/paragraphs/{two}/ad-referendum/confirm", null), HttpStatusCode.Forbidden);
        var confirmed = await StatementsApi.Created(await (await Delegation("KGZ")).PostAsync($"/api/statements/{id}/paragraphs/{two}/ad-referendum/confirm", null),
            HttpStatusCode.OK);
        Assert.Equal("Agreed", confirmed.GetProperty("status").GetString());
        Assert.NotNull(confirmed.GetProperty("adReferendum").GetProperty("confirmedUtc").GetString());

        var history = (await (await Secretariat()).GetFromJsonAsync<JsonElement>($"/api/statements/{id}/paragraphs/history")).EnumerateArray()
            .Where(e => e.GetProperty("paragraphId").GetGuid() == two).Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("Bracketed", "delegation-tkm"), ("AgreedAdReferendum", "secretariat-staff"), ("AdReferendumConfirmed", "delegation-kgz")], history);
        await PublishedAsync<ParagraphStatusChanged>(m => m.Context.Message.ParagraphId == two && m.Context.Message.Change == ParagraphEventKind.Bracketed);
    }

    [Fact]
    public async Task Reservations_are_seen_as_positions_their_notes_only_by_their_state_and_the_secretariat_and_the_reserving_state_hears_of_changes()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "One.\n\nThe sensitive one.");
        var two = Id(await ParagraphsAsync(await Secretariat(), id), "OP2");
        var reservation = $"/api/statements/{id}/paragraphs/{two}/reservations";

        await ProblemAsync(await (await Delegation("KAZ")).PutAsJsonAsync($"{reservation}/KGZ", new { note = "For another state." }), HttpStatusCode.Forbidden);
        await StatementsApi.Created(await (await Delegation("KAZ")).PutAsJsonAsync($"{reservation}/KAZ", new { note = "Capital objects to the wording." }),
            HttpStatusCode.OK);

        string? NoteSeenBy(JsonElement paragraphs) => paragraphs.GetProperty("paragraphs")[1].GetProperty("reservations").EnumerateArray()
            .Single(r => r.GetProperty("party").GetString() == "KAZ").GetProperty("note").GetString();
        Assert.Equal("Capital objects to the wording.", NoteSeenBy(await ParagraphsAsync(await Delegation("KAZ"), id)));
        Assert.Equal("Capital objects to the wording.", NoteSeenBy(await ParagraphsAsync(await Secretariat(), id)));
        Assert.Null(NoteSeenBy(await ParagraphsAsync(await Delegation("KGZ"), id)));
        // An invited observer (UN) and an anonymous caller see none of it: not even that the draft exists.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ClientAs("Delegation", "UN")).GetAsync($"/api/statements/{id}/paragraphs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync($"/api/statements/{id}/paragraphs")).StatusCode);
        await PublishedAsync<ReservationEntered>(m => m.Context.Message.ParagraphId == two && m.Context.Message.Party == "KAZ");

        // The paragraph changes: KAZ hears it in its inbox, and the event names it among the states with a reservation.
        await StatementsApi.Created(await (await Secretariat()).PostAsJsonAsync($"/api/statements/{id}/paragraphs/{two}/status", new { status = "Bracketed" }),
            HttpStatusCode.OK);
        await PublishedAsync<ParagraphStatusChanged>(m => m.Context.Message.ParagraphId == two && m.Context.Message.ReservedBy.Contains("KAZ"));
        var kaz = await Delegation("KAZ");
        await Eventually.Until(async () => (await kaz.GetFromJsonAsync<JsonElement>("/api/notifications")).ToString().Contains("on which your state holds a reservation"),
            TimeSpan.FromSeconds(30), "KAZ told of the change");
        Assert.DoesNotContain("on which your state holds a reservation", (await (await Delegation("KGZ")).GetFromJsonAsync<JsonElement>("/api/notifications")).ToString());

        await StatementsApi.Created(await kaz.DeleteAsync($"{reservation}/KAZ"), HttpStatusCode.OK);
        Assert.Empty((await ParagraphsAsync(kaz, id)).GetProperty("paragraphs")[1].GetProperty("reservations").EnumerateArray());
    }

    [Fact]
    public async Task The_adoption_item_is_refused_the_decision_naming_the_open_paragraphs_and_decided_once_they_are_settled()
    {
        var summit = new Summit((role, party) => App.ClientAs(role, party));
        var secretariat = await Secretariat();
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2041, 4, 2, 10, 0, 0, TimeSpan.FromHours(5)));
        var english = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Paragraph {i}."));
        var russian = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Пункт {i}."));
        var id = (await StatementsApi.DraftAsync(secretariat, meeting, "JointStatement", "Joint statement of the ministers", english, russian)).GetProperty("id").GetGuid();
        var paragraphs = await ParagraphsAsync(secretariat, id);
        var (op2, op3, op5) = (Id(paragraphs, "OP2"), Id(paragraphs, "OP3"), Id(paragraphs, "OP5"));
        var options = await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs/{op3}/status", new
        {
            status = "Bracketed",
            options = new[] { new { english = "Option A wording.", russian = "Вариант A.", sponsors = new[] { "KAZ" } }, new { english = "Option B wording.", russian = "Вариант B.", sponsors = new[] { "UZB" } } },
        }), HttpStatusCode.OK);
        await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs/{op5}/status", new { status = "Bracketed" }), HttpStatusCode.OK);
        await StatementsApi.Created(await (await Delegation("KAZ")).PutAsJsonAsync($"/api/statements/{id}/paragraphs/{op5}/reservations/KAZ", new { }), HttpStatusCode.OK);
        await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs/{op2}/status",
            new { status = "AgreedAdReferendum", party = "TKM", confirmByUtc = DateTime.UtcNow.AddDays(2) }), HttpStatusCode.OK);
        Assert.Equal(["OP2", "OP3", "OP5"], (await ParagraphsAsync(secretariat, id)).GetProperty("blocking").EnumerateArray().Select(b => b.GetProperty("number").GetString()));

        var item = await summit.ProposeAsync("SECRETARIAT", meeting, "Adoption of the joint statement", "Ministers", "JointStatement", id);
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        await summit.AllAsync(item, "Concur", Five);
        // Consensus decides by its copy of the text's readiness, which follows Statements through the outbox: it may
        // refuse first with an older copy (OP3 and OP5 only), so the test waits for the copy of the last change.
        var problem = await Eventually.Until(async () =>
            {
                using var refused = await secretariat.PostAsync($"/api/agenda-items/{item}/decision", null);
                return refused.StatusCode == HttpStatusCode.Conflict ? await ProblemAsync(refused, HttpStatusCode.Conflict) : default;
            },
            p => p.ValueKind == JsonValueKind.Object && p.GetProperty("paragraphs").GetArrayLength() == 3, TimeSpan.FromSeconds(30), "the gate refusing on the last copy");
        Assert.Equal("item.text-not-clean", problem.GetProperty("code").GetString());
        Assert.Equal(["OP2", "OP3", "OP5"], problem.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));

        // The options settled, the bracket removed, the capital confirms: the text is clean and the ministers adopt it.
        var optionB = options.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("label").GetString() == "B").GetProperty("id").GetGuid();
        await StatementsApi.Created(await (await Delegation("TJK")).PostAsync($"/api/statements/{id}/paragraphs/{op3}/options/{optionB}/support", null), HttpStatusCode.OK);
        var chosen = await StatementsApi.Created(await secretariat.PostAsync($"/api/statements/{id}/paragraphs/{op3}/options/{optionB}/choose", null));
        Assert.Contains("Option B wording.", chosen.GetProperty("english").GetString());
        await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{id}/paragraphs/{op5}/status", new { status = "Agreed" }), HttpStatusCode.OK);
        await StatementsApi.Created(await (await Delegation("TKM")).PostAsync($"/api/statements/{id}/paragraphs/{op2}/ad-referendum/confirm", null), HttpStatusCode.OK);
        Assert.True((await ParagraphsAsync(secretariat, id)).GetProperty("clean").GetBoolean());

        var decided = await Eventually.Until(() => secretariat.PostAsync($"/api/agenda-items/{item}/decision", null),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the decision once the text is clean");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var adopted = await StatementsApi.WaitAsync(secretariat, id, s => s.Status() == "Adopted", "the statement adopted");
        var frozen = adopted.GetProperty("current");
        Assert.Equal(2, adopted.GetProperty("adoption").GetProperty("version").GetInt32());
        Assert.Equal(["OP1", "OP2", "OP3", "OP4", "OP5", "OP6"], frozen.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        Assert.Equal(StatementText.ContentHash(frozen.GetProperty("english").GetString()!, frozen.GetProperty("russian").GetString()),
            adopted.GetProperty("adoption").GetProperty("contentHash").GetString());
        Assert.Equal("Option B wording.", frozen.GetProperty("paragraphs")[2].GetProperty("english").GetString());
    }

    [Fact]
    public async Task When_adoption_failed_the_chair_gets_a_chairmans_statement_of_the_agreed_paragraphs_and_its_record_says_where_they_came_from()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "Agreed one.\n\nDisputed.\n\nAgreed three.");
        var paragraphs = await ParagraphsAsync(await Secretariat(), id);
        await StatementsApi.Created(await (await Secretariat()).PostAsJsonAsync($"/api/statements/{id}/paragraphs/{Id(paragraphs, "OP2")}/status",
            new { status = "Bracketed" }), HttpStatusCode.OK);
        var chair = await Delegation("TKM");
        await ProblemAsync(await chair.GetAsync($"/api/statements/{id}/chairmans-statement/draft"), HttpStatusCode.Conflict);

        await ConcludeAsync(meeting.MeetingId);
        await WaitAsync(id, s => s.GetProperty("mayIssueChairmansStatement").GetBoolean(), "the meeting concluded without the text");
        await ProblemAsync(await (await Delegation("KAZ")).GetAsync($"/api/statements/{id}/chairmans-statement/draft"), HttpStatusCode.Forbidden);
        var draft = await chair.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/chairmans-statement/draft");
        Assert.Equal("Agreed one.\n\nAgreed three.", draft.GetProperty("english").GetString());
        Assert.Equal(["OP2"], draft.GetProperty("leftOut").EnumerateArray().Select(b => b.GetProperty("number").GetString()));

        var taken = draft.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        var issued = await StatementsApi.Created(await chair.PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", new
        {
            english = draft.GetProperty("english").GetString() + "\n\nThe chair regrets that no joint text was agreed.",
            fromVersion = draft.GetProperty("fromVersion").GetInt32(),
            paragraphs = taken,
        }));
        Assert.Equal("ChairmansStatement", issued.GetProperty("kind").GetString());
        var source = issued.GetProperty("builtFrom");
        Assert.Equal((id, 1), (source.GetProperty("statementId").GetGuid(), source.GetProperty("version").GetInt32()));
        Assert.Equal(taken, source.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetGuid()));
    }

    [Fact]
    public async Task A_delegation_proposes_new_wording_for_a_span_of_one_paragraph_and_accepting_it_rewords_that_paragraph_alone()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "One.\n\nThe parties will share data daily.", "Один.\n\nСтороны будут ежедневно обмениваться данными.");
        var two = Id(await ParagraphsAsync(await Secretariat(), id), "OP2");
        var kaz = await Delegation("KAZ");
        await ProblemAsync(await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments",
            new { version = 1, english = "weekly", explanation = "Daily is too often.", paragraphId = two, span = new { language = "English", text = "hourly" } }),
            HttpStatusCode.BadRequest);
        var amendment = await StatementsApi.Created(await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments",
            new { version = 1, english = "weekly", explanation = "Daily is too often.", paragraphId = two, span = new { language = "English", text = "daily" } }));
        Assert.Equal(two, amendment.GetProperty("paragraphId").GetGuid());

        var accepted = await StatementsApi.Created(await (await Secretariat()).PostAsync($"/api/statements/{id}/amendments/{amendment.GetProperty("id").GetGuid()}/accept", null),
            HttpStatusCode.OK);
        Assert.Equal(2, accepted.GetProperty("resultingVersion").GetInt32());
        var after = await ParagraphsAsync(await Secretariat(), id);
        var op2 = after.GetProperty("paragraphs")[1];
        Assert.Equal((two, "The parties will share data weekly."), (op2.GetProperty("id").GetGuid(), op2.GetProperty("english").GetString()));
        Assert.True(op2.GetProperty("translationPending").GetBoolean());
        Assert.Equal("One.", after.GetProperty("paragraphs")[0].GetProperty("english").GetString());
        Assert.Equal(["TranslationPending"], op2.GetProperty("blocks").EnumerateArray().Select(b => b.GetString()));
    }

    /// <summary>Waits for an event to leave through the outbox (the dispatcher polls; the harness's own wait gives up when the bus is idle).</summary>
    private Task PublishedAsync<T>(Func<MassTransit.Testing.IPublishedMessage<T>, bool> match) where T : class =>
        Eventually.Until(() => Task.FromResult(Harness.Published.Select<T>().Any(match)), TimeSpan.FromSeconds(30), $"{typeof(T).Name} published");

    private static async Task<JsonElement> ParagraphsAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/paragraphs");

    private static IEnumerable<string?> Numbers(JsonElement paragraphs) => paragraphs.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("number").GetString());

    private static Guid Id(JsonElement paragraphs, string number) =>
        paragraphs.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();
}
