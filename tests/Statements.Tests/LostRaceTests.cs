using System.Net;
using System.Net.Http.Json;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 19, point 2: a person's act never loses a race with the service's own background work. The chair issues a
/// chairman's statement the moment the meeting concludes, while the consumer applying the close updates the same
/// failed draft; repeated 25 times in the test command and 100 in <c>tests/slow.sh</c> (SUMMIT_RACE_REPEATS), every issue is accepted.
/// </summary>
public sealed class LostRaceTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    private static int Repeats => int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_RACE_REPEATS"), out var n) ? n : 25;

    [Fact]
    public async Task A_chairmans_statement_issued_right_after_the_close_never_loses_to_the_close_itself()
    {
        var chair = await Delegation("TKM"); // the chair of Events.MeetingScheduled's meetings
        var refused = new List<string>();
        for (var round = 0; round < Repeats; round++)
        {
            var meeting = await MeetingAsync();
            var id = await DraftAsync(meeting.MeetingId);
            var item = Guid.NewGuid();
            await Harness.Bus.Publish(new AgendaItemProposed(item, meeting.MeetingId, ItemKind.JointStatement, "Adoption of the joint statement", Layer.Ministers, "KAZ",
                DateTime.UtcNow, id));
            await WaitAsync(id, s => s.GetProperty("itemId").ValueKind == System.Text.Json.JsonValueKind.String, "the item linked to the draft");
            await Harness.Bus.Publish(new AgendaItemDecided(item, meeting.MeetingId, OutcomeKind.Blocked, DecidedBy.Consensus, [], [], "Objected by KGZ.", DateTime.UtcNow));
            await WaitAsync(id, s => s.GetProperty("mayIssueChairmansStatement").GetBoolean(), "the block seen");

            await ConcludeAsync(meeting.MeetingId);
            var issued = await chair.PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", new { english = $"The chair notes the discussion (round {round})." });

            if (issued.StatusCode != HttpStatusCode.Created)
            {
                refused.Add($"round {round}: {(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}");
            }
        }

        Assert.Empty(refused);
    }

    /// <summary>
    /// An amendment answered right after a new version. Nothing in Statements reacts to a new version in the background
    /// (a version is written inside the pen holder's own request, and its AmendmentAnswered event is consumed by other
    /// services' inboxes and pages, never by this draft). What does write a draft at that moment is Consensus putting
    /// it on the agenda: AgendaItemProposed, naming the draft, links its item to it. So each round accepts KGZ's amendment
    /// (version 2), UZB amends version 2, and the pen holder accepts that while the link lands on the same draft; then
    /// TJK's amendment of version 1, answered after both, is refused by the draft's own rule, which names the version now.
    /// </summary>
    [Fact]
    public async Task An_amendment_answered_right_after_a_new_version_never_loses_to_the_agenda_item_linking_the_draft()
    {
        var secretariat = await Secretariat();
        var (kgz, tjk, uzb) = (await Delegation("KGZ"), await Delegation("TJK"), await Delegation("UZB"));
        var meeting = await MeetingAsync();
        var refused = new List<string>();
        for (var round = 0; round < Repeats; round++)
        {
            var id = await DraftAsync(meeting.MeetingId, $"Version one, round {round}.");
            var first = await AmendAsync(kgz, id, 1, $"Amended by KGZ, round {round}.");
            var late = await AmendAsync(tjk, id, 1, $"Amended by TJK, round {round}.");
            await StatementsApi.Created(await secretariat.PostAsync($"/api/statements/{id}/amendments/{first}/accept", null), HttpStatusCode.OK);
            var second = await AmendAsync(uzb, id, 2, $"Amended by UZB on version two, round {round}.");

            var item = Guid.NewGuid();
            await Harness.Bus.Publish(new AgendaItemProposed(item, meeting.MeetingId, ItemKind.JointStatement, "Adoption of the joint statement", Layer.Ministers, "KAZ",
                DateTime.UtcNow, id));
            var accepted = await secretariat.PostAsync($"/api/statements/{id}/amendments/{second}/accept", null);

            if (accepted.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"round {round}: accepting right after version 2: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
                continue;
            }

            var stale = await secretariat.PostAsync($"/api/statements/{id}/amendments/{late}/accept", null);
            var problem = await stale.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            if (stale.StatusCode != HttpStatusCode.Conflict || problem.GetProperty("code").GetString() != "statement.stale-version"
                || problem.GetProperty("latestVersion").GetInt32() != 3)
            {
                refused.Add($"round {round}: accepting an amendment of version 1 at version 3: {(int)stale.StatusCode} {problem}");
            }

            // Neither write was lost: the draft is at version 3 and linked to its item.
            var draft = await WaitAsync(id, s => s.GetProperty("itemId").ValueKind == System.Text.Json.JsonValueKind.String, $"round {round}: the item linked");
            if (draft.GetProperty("itemId").GetGuid() != item || draft.GetProperty("current").GetProperty("number").GetInt32() != 3)
            {
                refused.Add($"round {round}: {draft}");
            }
        }

        Assert.Empty(refused);
    }

    private static async Task<Guid> AmendAsync(HttpClient delegation, Guid statementId, int version, string english) =>
        (await StatementsApi.Created(await delegation.PostAsJsonAsync($"/api/statements/{statementId}/amendments",
            new { version, english, explanation = "Clearer." }))).GetProperty("id").GetGuid();
}
