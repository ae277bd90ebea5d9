using System.Net;
using System.Net.Http.Json;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 19, point 2: a person's act never loses a race with the service's own background work. The chair issues a
/// chairman's statement the moment the meeting concludes, while the consumer applying the close updates the same
/// failed draft; repeated a hundred times (SUMMIT_RACE_REPEATS sets another count), every issue is accepted.
/// </summary>
public sealed class LostRaceTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    private static int Repeats => int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_RACE_REPEATS"), out var n) ? n : 100;

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
            await Harness.Bus.Publish(new AgendaItemProposed(item, meeting.MeetingId, "JointStatement", "Adoption of the joint statement", Layer.Ministers, "KAZ",
                DateTime.UtcNow, id));
            await WaitAsync(id, s => s.GetProperty("itemId").ValueKind == System.Text.Json.JsonValueKind.String, "the item linked to the draft");
            await Harness.Bus.Publish(new AgendaItemDecided(item, meeting.MeetingId, "Blocked", "Consensus", [], [], "Objected by KGZ.", DateTime.UtcNow));
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
}
