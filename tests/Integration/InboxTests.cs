using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issues 12 and 13, notifications: what lands in the secretariat's inbox (amendments proposed) and in a state's
/// (its amendment answered, items decided, a silence procedure started), carried from Statements and Consensus to
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
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2034, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        var item = await summit.ProposeAsync("KGZ", meeting, "Inbox visa item", "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        var secretariat = await _app.Secretariat();
        (await secretariat.PostAsJsonAsync($"/api/agenda-items/{item}/silence", new { deadline = DateTimeOffset.UtcNow.AddDays(2) })).EnsureSuccessStatusCode();

        var kyrgyz = await _app.Delegation("KGZ");
        var started = await InboxAsync(kyrgyz, "SilenceStarted", n => Message(n).Contains("Inbox visa item"), "Kyrgyzstan told of the silence");
        Assert.Equal(meeting, started.GetProperty("meetingId").GetGuid());

        (await summit.PositionAsync(item, "TKM", "Object")).EnsureSuccessStatusCode();
        var broken = await InboxAsync(kyrgyz, "SilenceBroken", n => n.GetProperty("meetingId").GetGuid() == meeting, "Kyrgyzstan told silence was broken");
        Assert.Contains("Silence was broken on an item of", Message(broken));
        await InboxAsync(secretariat, "SilenceBroken", n => n.GetProperty("meetingId").GetGuid() == meeting, "the secretariat told too");
    }
}
