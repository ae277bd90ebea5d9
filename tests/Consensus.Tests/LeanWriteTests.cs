using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.TestSupport;
using Xunit.Abstractions;

namespace SummitCoordination.Consensus.Tests;

/// <summary>One host whose Consensus DbContext counts the SQL commands of each request.</summary>
public sealed class CountingAppFixture : IDisposable
{
    public CountingAppFixture()
    {
        App = new SummitApp(harness: true, services: s =>
        {
            s.AddHttpContextAccessor();
            s.AddSingleton<SqlCommandCounter>();
            s.AddKeyedSingleton<IInterceptor>("Consensus", (sp, _) => sp.GetRequiredService<SqlCommandCounter>());
        });
    }

    public SummitApp App { get; }

    public SqlCommandCounter Commands => App.Services.GetRequiredService<SqlCommandCounter>();

    public Summit Summit => new((role, party) => App.ClientAs(role, party));

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 21, point 4: a position write is one read and one transaction, and its reply carries the item's new state and
/// an ETag, so the delegation reads nothing back; a read sends the same ETag and answers 304 to a caller that holds it.
/// </summary>
public sealed class LeanWriteTests(CountingAppFixture fixture, ITestOutputHelper output) : IClassFixture<CountingAppFixture>
{
    private readonly Summit _summit = fixture.Summit;

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    private async Task<Guid> OpenItemAsync(DateTimeOffset start)
    {
        var meeting = await _summit.MeetingAsync("Council of Foreign Ministers", start);
        var item = await _summit.ProposeAsync("KAZ", meeting, "Regional water-energy consortium", "Ministers");
        await _summit.ConveneAsync(meeting);
        await _summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "open");
        return item;
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid item, string party, string position, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agenda-items/{item}/positions/{party}") { Content = JsonContent.Create(new { position }) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, Guid item, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/agenda-items/{item}");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task A_position_reply_is_the_item_as_a_read_then_shows_it_with_the_same_ETag()
    {
        var item = await OpenItemAsync(Astana(2041, 3, 4));
        var kgz = await _summit.Delegation("KGZ");

        var put = await PutAsync(kgz, item, "KGZ", "Reserve");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var reply = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reply.GetProperty("positions").EnumerateArray(),
            p => p.GetProperty("party").GetString() == "KGZ" && p.GetProperty("position").GetString() == "Reserve");
        var tag = put.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal($"\"{reply.GetProperty("version").GetInt64()}\"", tag.Tag);

        var get = await GetAsync(kgz, item);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(tag, get.Headers.ETag);
        // The same body, field for field, as the caller's own read: nothing to read back.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(reply.GetRawText()), JsonNode.Parse(await get.Content.ReadAsStringAsync())),
            $"PUT answered {reply}, GET {await get.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_read_with_the_current_ETag_answers_304_and_after_another_write_the_old_ETag_no_longer_matches()
    {
        var item = await OpenItemAsync(Astana(2041, 5, 6));
        var (kaz, tjk) = (await _summit.Delegation("KAZ"), await _summit.Delegation("TJK"));
        var first = (await PutAsync(kaz, item, "KAZ", "Concur")).Headers.ETag!;

        var unchanged = await GetAsync(kaz, item, first);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(first, unchanged.Headers.ETag);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        var second = await PutAsync(tjk, item, "TJK", "Abstain");
        Assert.NotEqual(first, second.Headers.ETag);

        var changed = await GetAsync(kaz, item, first);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(second.Headers.ETag, changed.Headers.ETag);
        Assert.Contains((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("positions").EnumerateArray(),
            p => p.GetProperty("party").GetString() == "TJK");
    }

    [Fact]
    public async Task A_position_with_If_Match_of_an_old_version_is_refused_with_412_and_changes_nothing()
    {
        var item = await OpenItemAsync(Astana(2041, 9, 7));
        var (uzb, tkm) = (await _summit.Delegation("UZB"), await _summit.Delegation("TKM"));
        var old = (await PutAsync(uzb, item, "UZB", "Concur")).Headers.ETag!;
        var current = (await PutAsync(tkm, item, "TKM", "Concur")).Headers.ETag!;

        var refused = await PutAsync(uzb, item, "UZB", "Object", ifMatch: old.Tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("precondition.version-changed", problem.GetProperty("code").GetString());
        Assert.Equal(current.Tag, problem.GetProperty("etag").GetString());
        var now = await GetAsync(uzb, item);
        Assert.Equal(current, now.Headers.ETag);
        Assert.Contains((await now.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("positions").EnumerateArray(),
            p => p.GetProperty("party").GetString() == "UZB" && p.GetProperty("position").GetString() == "Concur");

        var accepted = await PutAsync(uzb, item, "UZB", "Object", ifMatch: current.Tag);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(current, accepted.Headers.ETag);
    }

    [Fact]
    public async Task A_position_is_one_query_and_one_save_and_its_read_one_query()
    {
        var item = await OpenItemAsync(Astana(2042, 3, 3));
        var kgz = await _summit.Delegation("KGZ");
        var path = $"/api/agenda-items/{item}/positions/KGZ";
        fixture.Commands.Clear();

        (await PutAsync(kgz, item, "KGZ", "Concur")).EnsureSuccessStatusCode();
        (await GetAsync(kgz, item)).EnsureSuccessStatusCode();

        var write = fixture.Commands.Of("PUT", path);
        output.WriteLine(string.Join("\n---\n", write));
        var reads = write.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        // One query for the item, its positions and its meeting; then the save: the item's version, the position, the
        // history entry and the outbox row, in one transaction.
        Assert.True(reads.Count == 1, $"The write read {reads.Count} times:\n{string.Join("\n---\n", write)}");
        Assert.True(write.Count <= 5, $"The write ran {write.Count} commands:\n{string.Join("\n---\n", write)}");
        var read = fixture.Commands.Of("GET", $"/api/agenda-items/{item}");
        Assert.True(read.Count == 1, $"The read ran {read.Count} commands:\n{string.Join("\n---\n", read)}");
    }

    [Fact]
    public async Task A_decision_answers_the_item_with_its_ETag_after_one_query_for_the_item_and_its_meeting()
    {
        var item = await OpenItemAsync(Astana(2042, 6, 2));
        await _summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "TKM", "UZB");
        var secretariat = await _summit.Secretariat();
        fixture.Commands.Clear();

        var decided = await secretariat.PostAsync($"/api/agenda-items/{item}/decision", null);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var reply = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("item");
        Assert.Equal("Adopted", reply.GetProperty("status").GetString());
        Assert.Equal($"\"{reply.GetProperty("version").GetInt64()}\"", decided.Headers.ETag?.Tag);
        Assert.Equal(decided.Headers.ETag, (await GetAsync(secretariat, item)).Headers.ETag);
        var commands = fixture.Commands.Of("POST", $"/api/agenda-items/{item}/decision");
        var reads = commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.True(reads == 1, $"The decision read {reads} times:\n{string.Join("\n---\n", commands)}");
    }
}
