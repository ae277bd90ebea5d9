using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issues 12 and 13, notifications: what lands in the secretariat's inbox (amendments proposed) and in a state's
/// (its amendment answered, items decided, a silence procedure started, an item added to its meeting's agenda), carried from Statements and Consensus to
/// Scheduling's inboxes by their events on the bus.
/// </summary>
public sealed class InboxTests : IDisposable
{
    private readonly SummitApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> InboxAsync(HttpClient client, string kind, Func<JsonElement, bool> matches, string what) =>
        await Eventually.Until(async () => (await client.GetFromJsonAsync<JsonElement>("/api/notifications?take=500")).EnumerateArray()
                .FirstOrDefault(n => n.GetProperty("kind").GetString() == kind && matches(n)),
            n => n.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(60), what);

    private static string Message(JsonElement n) => n.GetProperty("message").GetString()!;

    /// <summary>A meeting of the foreign ministers in <paramref name="year"/>, convened, with an item of <paramref name="proposer"/>'s open for positions.</summary>
    private static async Task<(Guid Meeting, Guid Item)> OpenItemAsync(Summit summit, int year, string proposer, string title)
    {
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(year, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        var item = await summit.ProposeAsync(proposer, meeting, title, "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        return (meeting, item);
    }

    [Fact]
    public async Task The_pen_holder_hears_of_each_amendment_and_each_proposing_state_hears_the_answer_and_no_other_state_does()
    {
        var summit = new Summit(_app.ClientAs);
        var secretariat = await _app.Secretariat();
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2033, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/statements")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "Statements to know the meeting");
        var statement = (await StatementsApi.DraftAsync(secretariat, meeting, "JointStatement", "Inbox Statement", "Text one.")).GetProperty("id").GetGuid();

        var kazakh = await (await _app.Delegation("KAZ")).PostAsJsonAsync($"/api/statements/{statement}/amendments", new { version = 1, english = "Text one, amended.", explanation = "Clearer" });
        var uzbek = await (await _app.Delegation("UZB")).PostAsJsonAsync($"/api/statements/{statement}/amendments", new { version = 1, english = "Text two.", explanation = "Shorter" });
        var kazakhId = (await kazakh.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var uzbekId = (await uzbek.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var proposed = await InboxAsync(secretariat, "AmendmentProposed", n => Message(n).Contains("UZB"), "the secretariat told of Uzbekistan's amendment");
        Assert.Contains("Inbox Statement", Message(proposed));
        Assert.Contains("Shorter", Message(proposed));

        (await secretariat.PostAsync($"/api/statements/{statement}/amendments/{kazakhId}/accept", null)).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"/api/statements/{statement}/amendments/{uzbekId}/reject", new { reason = "Too short for the ministers" })).EnsureSuccessStatusCode();

        var accepted = await InboxAsync(await _app.Delegation("KAZ"), "AmendmentAnswered", n => Message(n).Contains("Inbox Statement"), "Kazakhstan told");
        Assert.Contains("accepted (version 2)", Message(accepted));
        var rejected = await InboxAsync(await _app.Delegation("UZB"), "AmendmentAnswered", n => Message(n).Contains("Inbox Statement"), "Uzbekistan told");
        Assert.Contains("rejected: Too short for the ministers", Message(rejected));

        // Tajikistan proposed nothing and hears nothing of it.
        var tajik = await (await _app.Delegation("TJK")).GetFromJsonAsync<JsonElement>("/api/notifications?take=500");
        Assert.DoesNotContain(tajik.EnumerateArray(), n => n.GetProperty("kind").GetString() == "AmendmentAnswered");
    }

    [Fact]
    public async Task The_states_at_a_meeting_hear_of_a_silence_procedure_and_of_the_decision_that_ends_it()
    {
        var summit = new Summit(_app.ClientAs);
        var (meeting, item) = await OpenItemAsync(summit, 2034, "KGZ", "Inbox visa item");
        var secretariat = await _app.Secretariat();
        (await secretariat.PostAsJsonAsync($"/api/agenda-items/{item}/silence", new { deadline = DateTimeOffset.UtcNow.AddDays(2) })).EnsureSuccessStatusCode();

        var kyrgyz = await _app.Delegation("KGZ");
        var started = await InboxAsync(kyrgyz, "SilenceStarted", n => Message(n).Contains("Inbox visa item"), "Kyrgyzstan told of the silence");
        Assert.Equal(meeting, started.GetProperty("meetingId").GetGuid());

        (await summit.PositionAsync(item, "TKM", "Object")).EnsureSuccessStatusCode();
        var broken = await InboxAsync(kyrgyz, "SilenceBroken", n => n.GetProperty("meetingId").GetGuid() == meeting, "Kyrgyzstan told silence was broken");
        Assert.StartsWith("Silence was broken on 'Inbox visa item', an item of '", Message(broken));
        await InboxAsync(secretariat, "SilenceBroken", n => n.GetProperty("meetingId").GetGuid() == meeting, "the secretariat told too");
    }

    [Fact]
    public async Task A_decision_is_told_with_the_item_s_title_to_the_secretariat_and_to_the_states_at_the_meeting()
    {
        var summit = new Summit(_app.ClientAs);
        var (meeting, item) = await OpenItemAsync(summit, 2035, "UZB", "Inbox decided item");
        await summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "TKM", "UZB");
        await summit.DecideAsync(item);

        foreach (var (reader, who) in new[] { (await _app.Secretariat(), "the secretariat"), (await _app.Delegation("TJK"), "Tajikistan") })
        {
            var decided = await InboxAsync(reader, "ItemDecided", n => n.GetProperty("meetingId").GetGuid() == meeting, $"{who} told of the decision");
            Assert.StartsWith("'Inbox decided item', an item of '", Message(decided));
            Assert.Contains("was decided: Adopted (Consensus).", Message(decided));
            Assert.Equal("ItemDecidedOn", decided.GetProperty("code").GetString());
            Assert.Equal("Inbox decided item", decided.GetProperty("args")[1].GetString());
        }
    }

    [Fact]
    public async Task Every_state_at_a_meeting_but_the_proposer_s_own_hears_that_an_item_was_added_to_its_agenda_as_a_code_with_the_titles()
    {
        var summit = new Summit(_app.ClientAs);
        var secretariat = await _app.Secretariat();
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2035, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        var meetingTitle = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("title").GetString()!;
        await summit.ProposeAsync("KAZ", meeting, "Inbox corridor item", "Ministers");
        await summit.ProposeAsync("SECRETARIAT", meeting, "Inbox secretariat item", "Ministers");

        bool About(JsonElement n, string item) => n.GetProperty("meetingId").GetGuid() == meeting && Message(n).Contains(item);
        var uzbek = await _app.Delegation("UZB");
        var told = await InboxAsync(uzbek, "ItemAdded", n => About(n, "Inbox corridor item"), "Uzbekistan told of Kazakhstan's item");
        Assert.Equal($"An item was added to the agenda of '{meetingTitle}': 'Inbox corridor item'.", Message(told));
        // A code with its arguments (meeting title, item title), from which a page writes the message in its reader's language.
        Assert.Equal("ItemAdded", told.GetProperty("code").GetString());
        Assert.Equal([meetingTitle, "Inbox corridor item"], told.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray());
        await InboxAsync(uzbek, "ItemAdded", n => About(n, "Inbox secretariat item"), "Uzbekistan told of the secretariat's item");
        foreach (var party in new[] { "KGZ", "TJK", "TKM" })
        {
            await InboxAsync(await _app.Delegation(party), "ItemAdded", n => About(n, "Inbox corridor item"), $"{party} told of Kazakhstan's item");
        }

        // Kazakhstan hears of the secretariat's item, never of its own: the messages of one item reach every inbox in one
        // transaction, so once Uzbekistan heard of both items, Kazakhstan's (and the secretariat's) inbox holds all it will.
        var kazakh = await _app.Delegation("KAZ");
        await InboxAsync(kazakh, "ItemAdded", n => About(n, "Inbox secretariat item"), "Kazakhstan told of the secretariat's item");
        var kazakhInbox = await kazakh.GetFromJsonAsync<JsonElement>("/api/notifications?take=500");
        Assert.DoesNotContain(kazakhInbox.EnumerateArray(), n => n.GetProperty("kind").GetString() == "ItemAdded" && About(n, "Inbox corridor item"));
        var secretariatInbox = await secretariat.GetFromJsonAsync<JsonElement>("/api/notifications?take=500");
        Assert.DoesNotContain(secretariatInbox.EnumerateArray(), n => n.GetProperty("kind").GetString() == "ItemAdded");
    }
}
