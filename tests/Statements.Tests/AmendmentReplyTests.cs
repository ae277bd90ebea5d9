using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 21, point 4: an amendment's reply is the amendment as the list shows it, with its version as an ETag.</summary>
public sealed class AmendmentReplyTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    [Fact]
    public async Task An_amendment_reply_is_the_amendment_as_listed_with_an_ETag_of_its_version_and_its_answer_a_new_one()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "The parties agree.");
        var proposed = await (await Delegation("TJK")).PostAsJsonAsync($"/api/statements/{id}/amendments",
            new { version = 1, english = "The parties fully agree.", explanation = "Stronger." });

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var reply = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proposed", reply.GetProperty("status").GetString());
        Assert.Equal($"\"{reply.GetProperty("version").GetInt64()}\"", proposed.Headers.ETag?.Tag);
        var secretariat = await Secretariat();
        var listed = (await secretariat.GetFromJsonAsync<JsonArray>($"/api/statements/{id}/amendments"))!.Single();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(reply.GetRawText()), listed), $"POST answered {reply}, the list shows {listed}");

        var accepted = await secretariat.PostAsync($"/api/statements/{id}/amendments/{reply.GetProperty("id").GetGuid()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(proposed.Headers.ETag, accepted.Headers.ETag);
        var answer = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Accepted", answer.GetProperty("status").GetString());
        Assert.Equal($"\"{answer.GetProperty("version").GetInt64()}\"", accepted.Headers.ETag?.Tag);
    }
}
