using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// DOMAIN.md, Who sees what: observers never see a draft, an amendment, any version but the published one, an
/// unpublished statement or any position; drafts are for the secretariat and the meeting's delegations. Each rule is
/// tried here by someone who should not get through.
/// </summary>
public sealed class ConfidentialityTests(SummitScenarioFixture fixture) : IClassFixture<SummitScenarioFixture>
{
    private readonly StatementSummitResult _result = fixture.Result;
    private readonly Summit _summit = fixture.Summit;

    private async Task<IReadOnlyList<string>> EverythingPublicAsync()
    {
        var observer = await _summit.Observer();
        var paths = new List<string>
        {
            "/public/statements?pageSize=100", "/public/feed.atom", "/public/commitments", "/public/commitments?party=USA",
            // The web app's pages: what a browser shows observers.
            "/", "/statements", $"/statements?year={SummitScenarioFixture.Year}", "/commitments", "/commitments?party=USA", "/calendar?view=list",
        };
        foreach (var slug in new[] { _result.Slug, _result.ChairmansSlug })
        {
            paths.AddRange([$"/public/statements/{slug}", $"/public/statements/{slug}.html", $"/statements/{slug}", $"/public/statements/{slug}.html?lang=ru"]);
        }

        var bodies = new List<string>();
        foreach (var path in paths)
        {
            var response = await observer.GetAsync(path);
            bodies.Add($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return bodies;
    }

    [Theory]
    [InlineData(StatementScenario.DraftOnlyWord)] // only in version 1
    [InlineData("Energy belongs with water")] // an amendment's explanation
    [InlineData("A paragraph the others will not take")] // a rejected amendment's text
    [InlineData("No consensus among the coordinators")] // a rejection's reason
    [InlineData("Joint Statement of the C5+USA Summit")] // the blocked draft's title
    [InlineData("agree on critical minerals")] // the blocked draft's text
    [InlineData("Concur")] // positions
    [InlineData("Object")]
    [InlineData("\"versions\"")]
    [InlineData("\"amendments\"")]
    [InlineData("\"positions\"")]
    public async Task Nothing_an_observer_can_read_contains_a_draft_an_amendment_another_version_or_a_position(string secret)
    {
        foreach (var body in await EverythingPublicAsync())
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Searching_for_words_only_a_draft_version_had_finds_nothing_while_the_published_words_are_found()
    {
        var observer = await _summit.Observer();
        var draftWord = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={StatementScenario.DraftOnlyWord}");
        Assert.Equal(0, draftWord.GetProperty("total").GetInt32());
        var blockedDraft = await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=united%20states");
        Assert.Equal(0, blockedDraft.GetProperty("total").GetInt32());

        var published = await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=mudflows%20trans-caspian");
        Assert.Equal([_result.Slug], published.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var russian = await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=душанбе&language=ru");
        Assert.Equal([_result.Slug], russian.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_from_every_drafting_route()
    {
        var observer = await _summit.Observer();
        var id = _result.JointStatement;
        foreach (var path in new[]
                 {
                     $"/api/statements/{id}", $"/api/statements/{id}/versions/1", $"/api/statements/{id}/diff?from=1&to=2", $"/api/statements/{id}/amendments",
                     $"/api/statements/{id}/commitments", $"/api/meetings/{_result.Leaders}/statements", $"/api/statements/{_result.BlockedStatement}",
                     $"/api/statements/{id}/versions/1.pdf", $"/api/statements/{_result.BlockedStatement}/versions/1.pdf",
                 })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await observer.GetAsync(path)).StatusCode);
        }

        var amend = await observer.PostAsJsonAsync($"/api/statements/{_result.BlockedStatement}/amendments", new { version = 1, english = "x", explanation = "y" });
        Assert.Equal(HttpStatusCode.Unauthorized, amend.StatusCode);
    }

    [Theory]
    [InlineData("USA")] // a partner, but not at the C5 Leaders' meeting
    [InlineData("UN")] // an observer organisation invited to the meeting: attends, never sees drafts
    public async Task A_delegation_not_sitting_in_the_meeting_is_told_the_draft_does_not_exist(string party)
    {
        var outsider = await _summit.Delegation(party);
        foreach (var path in new[]
                 {
                     $"/api/statements/{_result.JointStatement}", $"/api/statements/{_result.JointStatement}/versions/1",
                     $"/api/statements/{_result.JointStatement}/diff?from=1&to=2", $"/api/statements/{_result.JointStatement}/amendments",
                     $"/api/meetings/{_result.Leaders}/statements", $"/api/statements/{_result.JointStatement}/versions/1.pdf",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);
        }

        var amend = await outsider.PostAsJsonAsync($"/api/statements/{_result.JointStatement}/amendments", new { version = 2, english = "x", explanation = "y" });
        Assert.Equal(HttpStatusCode.NotFound, amend.StatusCode);
    }

    /// <summary>Issue 22, point 7: the public PDF is printed from the published version only.</summary>
    [Fact]
    public async Task The_public_PDF_holds_the_published_version_and_nothing_of_version_1()
    {
        var response = await (await _summit.Observer()).GetAsync($"/public/statements/{_result.Slug}.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await Poppler.FlatTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("They will launch a regional early-warning system for floods and mudflows.", text);
        Assert.Contains("Главы государств Центральной Азии встретились в Душанбе.", text);
        Assert.Contains("Version 2", text);
        Assert.DoesNotContain(StatementScenario.DraftOnlyWord, text);
        Assert.DoesNotContain("Draft", text);
    }

    [Fact]
    public async Task A_delegation_of_the_meeting_reads_its_drafts_and_amendments()
    {
        var member = await _summit.Delegation("TKM");
        var amendments = await member.GetFromJsonAsync<JsonElement>($"/api/statements/{_result.JointStatement}/amendments");
        Assert.Equal(["Accepted", "Rejected"], amendments.EnumerateArray().Select(a => a.GetProperty("status").GetString()!));
        var v1 = await member.GetFromJsonAsync<JsonElement>($"/api/statements/{_result.JointStatement}/versions/1");
        Assert.Contains(StatementScenario.DraftOnlyWord, v1.GetProperty("english").GetString());
    }

    [Fact]
    public async Task A_draft_that_was_never_published_is_not_found_under_any_public_route()
    {
        var observer = await _summit.Observer();
        var blocked = await (await _summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/statements/{_result.BlockedStatement}");
        Assert.Equal(JsonValueKind.Null, blocked.GetProperty("slug").ValueKind);
        foreach (var guess in new[] { $"{SummitScenarioFixture.Year}-dushanbe-c5-usa-joint-statement", _result.BlockedStatement.ToString() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync($"/public/statements/{guess}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync($"/public/statements/{guess}.html")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync($"/public/statements/{guess}.pdf")).StatusCode);
        }

        var all = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?year={SummitScenarioFixture.Year}&pageSize=100");
        Assert.Equal(new[] { _result.ChairmansSlug, _result.Slug }.Order(),
            all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).Order());
    }

    [Fact]
    public async Task The_statement_list_shows_the_secretariat_everything_and_a_delegation_only_its_meetings()
    {
        static async Task<IReadOnlyList<Guid>> Ids(HttpClient client, string query = "") =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/statements?pageSize=200{query}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid()).ToList();

        var all = await Ids(await _summit.Secretariat());
        Assert.Contains(_result.JointStatement, all);
        Assert.Contains(_result.BlockedStatement, all);
        Assert.Contains(_result.ChairmansStatement, all);
        Assert.Equal([_result.BlockedStatement], await Ids(await _summit.Secretariat(), "&status=Drafting"));
        Assert.Equal([_result.ChairmansStatement], await Ids(await _summit.Secretariat(), "&kind=ChairmansStatement"));

        Assert.Equal(new[] { _result.BlockedStatement, _result.ChairmansStatement }.Order(), (await Ids(await _summit.Delegation("USA"))).Order());
        Assert.Empty(await Ids(await _summit.Delegation("UN")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await _summit.Observer()).GetAsync("/api/statements")).StatusCode);
    }
}
