using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 21, point 4: scheduling a meeting answers the meeting as a read then shows it, with the same ETag; a read with
/// that ETag answers 304 until the meeting, or the body whose name it shows, changes.
/// </summary>
public sealed class MeetingReplyTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private const string Group = "Working Group on Environment and Climate";
    private readonly SummitApp _app = fixture.App;

    private async Task<HttpResponseMessage> GetAsync(HttpClient client, Guid id, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{id}");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Scheduling_answers_the_meeting_with_the_ETag_a_read_sends_and_a_read_with_it_is_304_until_a_change()
    {
        var secretariat = await _app.Secretariat();
        var created = await MeetingsApi.TryCreateAsync(secretariat, Group, new DateTimeOffset(2043, 4, 7, 10, 0, 0, TimeSpan.FromHours(5)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reply = await created.Content.ReadFromJsonAsync<JsonObject>();
        var id = reply!["id"]!.GetValue<Guid>();
        var tag = created.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);

        var read = await GetAsync(secretariat, id);
        Assert.Equal(tag, read.Headers.ETag);
        var shown = await read.Content.ReadFromJsonAsync<JsonObject>();
        // The same meeting, field for field; the reply adds the soft conflicts its scheduling overrode.
        reply.Remove("warnings");
        shown!.Remove("warnings");
        Assert.True(JsonNode.DeepEquals(reply, shown), $"POST answered {reply}, GET {shown}");

        var unchanged = await GetAsync(secretariat, id, tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(tag, unchanged.Headers.ETag);

        var announced = await secretariat.PostAsync($"/api/meetings/{id}/announce", null);
        Assert.Equal(HttpStatusCode.OK, announced.StatusCode);
        Assert.NotEqual(tag, announced.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(secretariat, id, tag)).StatusCode);
        var current = announced.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(secretariat, id, current)).StatusCode);

        // The reply shows the body's name: renaming the body changes the meeting's tag.
        var body = await StandardBodies.IdOf(secretariat, Group);
        (await secretariat.PatchAsJsonAsync($"/api/bodies/{body}", new { name = "Working Group on Climate" })).EnsureSuccessStatusCode();
        var renamed = await GetAsync(secretariat, id, current);
        (await secretariat.PatchAsJsonAsync($"/api/bodies/{body}", new { name = Group })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Working Group on Climate", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bodyName").GetString());
    }

    [Fact]
    public async Task A_meeting_hidden_from_the_caller_is_404_whatever_ETag_it_sends()
    {
        var secretariat = await _app.Secretariat();
        var created = await MeetingsApi.TryCreateAsync(secretariat, Group, new DateTimeOffset(2043, 9, 8, 10, 0, 0, TimeSpan.FromHours(5)),
            edit: r => r["delegations"] = new[] { "KAZ", "KGZ", "TJK", "UZB", "TKM" }.Select(p => Requests.Delegation(p)).ToList());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();

        var outsider = await _app.Delegation("USA");
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(outsider, id, created.Headers.ETag)).StatusCode);
    }
}
