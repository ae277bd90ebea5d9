using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 5, section 5: what observers can search by, how pages come, and the filters that are refused.</summary>
public sealed class PublicSearchTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    private const string Marker = "searchmarkerqv";

    private async Task<string> PublishAsync(string? partner, string kind, string english, string? russian = null)
    {
        var meeting = await MeetingAsync(partner);
        var id = (await StatementsApi.DraftAsync(await Secretariat(), meeting.MeetingId, kind, $"{kind} {partner ?? "C5"}", english, russian)).GetProperty("id").GetGuid();
        await AdoptAsync(id, meeting.MeetingId, bound: partner is null ? Five : [.. Five, partner]);
        await ConcludeAsync(meeting.MeetingId);
        return (await WaitAsync(id, s => s.Status() == "Published", "publication")).GetProperty("slug").GetString()!;
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string query)
    {
        var observer = await App.ClientAs(Summit.Anonymous);
        var page = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={Marker}&{query}");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
    }

    [Fact]
    public async Task Observers_filter_by_format_partner_party_kind_language_and_year_and_page_newest_first()
    {
        var c5 = await PublishAsync(null, "JointStatement", $"Water {Marker}.", "Вода.");
        var usa = await PublishAsync("USA", "Declaration", $"Minerals {Marker}.");
        var chn = await PublishAsync("CHN", "Communique", $"Railways {Marker}.");
        Assert.StartsWith("2027-tashkent-c5-usa-declaration", usa);

        Assert.Equal([c5], await SearchAsync("format=C5"));
        Assert.Equal([usa], await SearchAsync("format=c5%2Busa"));
        Assert.Equal([chn, usa], await SearchAsync("format=C5%2BX"));
        Assert.Equal([chn], await SearchAsync("partner=CHN"));
        Assert.Equal([usa], await SearchAsync("party=USA"));
        Assert.Equal([chn, usa, c5], await SearchAsync("party=KAZ"));
        Assert.Equal([usa], await SearchAsync("kind=declaration"));
        Assert.Equal([chn], await SearchAsync("kind=Communique"));
        Assert.Equal([c5], await SearchAsync("language=ru"));
        Assert.Equal([chn, usa, c5], await SearchAsync("year=2027"));
        Assert.Empty(await SearchAsync("year=2026"));
        var observer = await App.ClientAs(Summit.Anonymous);
        var words = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q=MINERALS%20{Marker}");
        Assert.Equal([usa], words.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));

        var first = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={Marker}&pageSize=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal([chn, usa], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
        var second = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={Marker}&pageSize=2&page=2");
        Assert.Equal([c5], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
        var languages = first.GetProperty("items")[0].GetProperty("languages").EnumerateArray().Select(l => l.GetString()!);
        Assert.Equal(["en"], languages);
    }

    [Fact]
    public async Task Observers_find_a_meetings_statements_by_its_id_not_by_its_name()
    {
        // Two meetings of the same body, the same name: only the id tells their statements apart (the public meeting page asks by id).
        var first = await MeetingAsync();
        var second = await MeetingAsync();
        var one = (await StatementsApi.DraftAsync(await Secretariat(), first.MeetingId, "JointStatement", "Joint statement", "Roads meetingfilterqv."))
            .GetProperty("id").GetGuid();
        var two = (await StatementsApi.DraftAsync(await Secretariat(), second.MeetingId, "Communique", "Communique", "Rails meetingfilterqv."))
            .GetProperty("id").GetGuid();
        await AdoptAsync(one, first.MeetingId, bound: Five);
        await AdoptAsync(two, second.MeetingId, bound: Five);
        await ConcludeAsync(first.MeetingId);
        await ConcludeAsync(second.MeetingId);
        var oneSlug = (await WaitAsync(one, s => s.Status() == "Published", "publication")).GetProperty("slug").GetString()!;
        var twoSlug = (await WaitAsync(two, s => s.Status() == "Published", "publication")).GetProperty("slug").GetString()!;

        var observer = await App.ClientAs(Summit.Anonymous);
        async Task<IReadOnlyList<string>> ByMeetingAsync(string query) =>
            (await observer.GetFromJsonAsync<JsonElement>($"/public/statements?{query}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("slug").GetString()!).ToList();
        Assert.Equal([oneSlug], await ByMeetingAsync($"meetingId={first.MeetingId}"));
        Assert.Equal([twoSlug], await ByMeetingAsync($"meetingId={second.MeetingId}&pageSize=100"));
        Assert.Empty(await ByMeetingAsync($"meetingId={Guid.NewGuid()}"));
        Assert.Empty(await ByMeetingAsync($"meetingId={first.MeetingId}&kind=communique"));
        Assert.Equal(HttpStatusCode.BadRequest, (await observer.GetAsync("/public/statements?meetingId=not-a-guid")).StatusCode);
    }

    [Theory]
    [InlineData("kind=treaty", "public.kind")]
    [InlineData("language=de", "public.language")]
    [InlineData("pageSize=500", "public.paging")]
    [InlineData("page=0", "public.paging")]
    public async Task A_filter_it_cannot_apply_is_a_400_problem(string query, string code)
    {
        var observer = await App.ClientAs(Summit.Anonymous);
        var problem = await ProblemAsync(await observer.GetAsync($"/public/statements?{query}"), HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_year_that_is_not_a_number_is_a_400_not_a_crash()
    {
        var observer = await App.ClientAs(Summit.Anonymous);
        Assert.Equal(HttpStatusCode.BadRequest, (await observer.GetAsync("/public/statements?year=last")).StatusCode);
    }
}
