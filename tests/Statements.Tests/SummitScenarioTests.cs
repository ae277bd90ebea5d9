using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>The summit week of issue 5, run once on the embedded host; each test reads one part of what it left.</summary>
public sealed class SummitScenarioFixture : IAsyncLifetime
{
    public const int Year = 2041;

    public SummitApp App { get; } = new(harness: true);

    public Summit Summit => new((role, party) => App.ClientAs(role, party));

    public StatementSummitResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await StatementScenario.RunAsync(Summit, Year, commitmentDueIn: TimeSpan.FromSeconds(3));

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SummitScenarioTests(SummitScenarioFixture fixture) : IClassFixture<SummitScenarioFixture>
{
    private readonly StatementSummitResult _result = fixture.Result;
    private readonly Summit _summit = fixture.Summit;

    [Fact]
    public async Task The_joint_statement_is_adopted_at_its_amended_version_with_the_five_as_signatories_and_a_hash_of_that_text()
    {
        var adoption = _result.Adopted.GetProperty("adoption");
        Assert.Equal(2, adoption.GetProperty("version").GetInt32());
        Assert.Equal(StatementScenario.Five, adoption.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal(_result.Leaders, adoption.GetProperty("meetingId").GetGuid());
        Assert.Equal(StatementText.ContentHash(StatementScenario.EnglishV2, StatementScenario.Russian), adoption.GetProperty("contentHash").GetString());

        var harness = fixture.App.Services.GetRequiredService<ITestHarness>();
        var published = await Eventually.Until(() => Task.FromResult(harness.Published.Select<StatementPublished>().Select(m => m.Context.Message)
            .FirstOrDefault(m => m.StatementId == _result.JointStatement)), m => m is not null, what: "StatementPublished");
        Assert.Equal(_result.Slug, published!.Slug);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task An_observer_reads_the_published_statement_in_JSON_under_a_readable_slug()
    {
        Assert.Equal($"{SummitScenarioFixture.Year}-dushanbe-joint-statement", _result.Slug);
        var observer = await _summit.Observer();
        var statement = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{_result.Slug}");

        Assert.Equal("JointStatement", statement.GetProperty("kind").GetString());
        Assert.True(statement.GetProperty("consensus").GetBoolean());
        Assert.Equal(StatementScenario.EnglishV2, statement.GetProperty("texts").GetProperty("en").GetProperty("markdown").GetString());
        Assert.Contains("<strong>regional water and energy cooperation</strong>", statement.GetProperty("texts").GetProperty("en").GetProperty("html").GetString());
        Assert.Equal(StatementScenario.Russian, statement.GetProperty("texts").GetProperty("ru").GetProperty("markdown").GetString());
        Assert.Equal(StatementText.ContentHash(StatementScenario.EnglishV2, StatementScenario.Russian), statement.GetProperty("contentHash").GetString());
        Assert.Equal("Dushanbe", statement.GetProperty("meeting").GetProperty("city").GetString());

        var list = await observer.GetFromJsonAsync<JsonElement>("/public/statements?party=TKM&year=" + SummitScenarioFixture.Year);
        Assert.Contains(_result.Slug, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task An_observer_reads_it_as_an_HTML_page_in_English_and_Russian_by_suffix_or_by_content_negotiation()
    {
        var observer = await _summit.Observer();
        var english = await observer.GetAsync($"/public/statements/{_result.Slug}.html");
        Assert.Equal("text/html", english.Content.Headers.ContentType!.MediaType);
        var page = await english.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Dushanbe Joint Statement of the Heads of State of Central Asia</h1>", page);
        Assert.Contains("Adopted by consensus. Signatories: KAZ, KGZ, TJK, TKM, UZB.", page);
        Assert.Contains("<html lang=\"en\">", page);

        var russian = await (await observer.GetAsync($"/public/statements/{_result.Slug}.html?lang=ru")).Content.ReadAsStringAsync();
        Assert.Contains("Душанбинское совместное заявление", russian);
        Assert.Contains("<html lang=\"ru\">", russian);

        var negotiated = new HttpRequestMessage(HttpMethod.Get, $"/public/statements/{_result.Slug}");
        negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await observer.SendAsync(negotiated);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);

        // A browser asking for the list gets a page of links; pages carry the query along.
        var list = new HttpRequestMessage(HttpMethod.Get, $"/public/statements?year={SummitScenarioFixture.Year}&pageSize=1");
        list.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var listPage = await (await observer.SendAsync(list)).Content.ReadAsStringAsync();
        Assert.Contains($"<a href=\"/public/statements/{_result.ChairmansSlug}.html\">", listPage);
        Assert.Contains("year=2041&amp;pageSize=1&amp;page=2\">Older</a>", listPage);
    }

    [Fact]
    public async Task The_Atom_feed_carries_both_publications_with_links_to_their_pages()
    {
        var observer = await _summit.Observer();
        var response = await observer.GetAsync("/public/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        var links = feed.Items.SelectMany(i => i.Links).Select(l => l.Uri.AbsolutePath).ToList();
        Assert.Contains($"/public/statements/{_result.Slug}.html", links);
        Assert.Contains($"/public/statements/{_result.ChairmansSlug}.html", links);
        var entry = feed.Items.Single(i => i.Id == $"urn:uuid:{_result.JointStatement}");
        Assert.Contains("regional water and energy cooperation", ((TextSyndicationContent)entry.Content).Text);
    }

    [Fact]
    public async Task The_statement_blocked_by_the_partner_ends_in_a_chairmans_statement_signed_by_the_chair_alone_and_never_called_consensus()
    {
        Assert.Equal($"{SummitScenarioFixture.Year}-dushanbe-c5-usa-chairmans-statement", _result.ChairmansSlug);
        var observer = await _summit.Observer();
        var statement = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{_result.ChairmansSlug}");
        Assert.Equal("ChairmansStatement", statement.GetProperty("kind").GetString());
        Assert.False(statement.GetProperty("consensus").GetBoolean());
        Assert.Equal([_result.Chair], statement.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal(_result.Chair, statement.GetProperty("issuedBy").GetString());

        var page = await observer.GetStringAsync($"/public/statements/{_result.ChairmansSlug}.html");
        Assert.DoesNotContain("Adopted by consensus", page);
        Assert.Contains("does not claim consensus", page);

        // The blocked draft itself stays unpublished.
        var secretariat = await _summit.Secretariat();
        var failed = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{_result.BlockedStatement}");
        Assert.Equal("Drafting", failed.Status());
        Assert.Equal(_result.ChairmansStatement, failed.GetProperty("chairmansStatementId").GetGuid());
    }

    [Fact]
    public async Task A_commitment_past_its_due_date_shows_as_overdue_publicly_and_a_done_one_with_its_evidence()
    {
        var observer = await _summit.Observer();
        var statement = await Eventually.Until(() => observer.GetFromJsonAsync<JsonElement>($"/public/statements/{_result.Slug}"),
            s => s.GetProperty("commitments").EnumerateArray().Any(c => c.GetProperty("status").GetString() == "Overdue"), TimeSpan.FromSeconds(30),
            "the commitment to go overdue");
        var commitments = statement.GetProperty("commitments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetGuid());
        Assert.Equal("Overdue", commitments[_result.OverdueCommitment].GetProperty("status").GetString());
        Assert.Equal("Done", commitments[_result.DoneCommitment].GetProperty("status").GetString());
        Assert.Equal("https://example.org/c5-transport-ministers-communique", commitments[_result.DoneCommitment].GetProperty("evidence").GetString());

        var kaz = await observer.GetFromJsonAsync<JsonElement>("/public/commitments?party=KAZ");
        Assert.Equal(1, kaz.GetProperty("overdue").GetInt32());
        Assert.Equal(1, kaz.GetProperty("done").GetInt32());
        var uzb = await observer.GetFromJsonAsync<JsonElement>("/public/commitments?party=UZB");
        Assert.Equal([_result.DoneCommitment], uzb.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("commitment").GetProperty("id").GetGuid()));
        var tkm = await observer.GetFromJsonAsync<JsonElement>("/public/commitments?party=TKM");
        Assert.Equal(0, tkm.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Public_reads_answer_304_to_a_matching_ETag_or_date_and_a_new_ETag_once_something_public_changed()
    {
        var observer = await _summit.Observer();
        foreach (var path in new[] { "/public/statements", $"/public/statements/{_result.Slug}", $"/public/statements/{_result.Slug}.html", "/public/feed.atom", "/public/commitments?party=KAZ" })
        {
            var first = await observer.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag!;
            var lastModified = first.Content.Headers.LastModified!.Value;

            var byTag = new HttpRequestMessage(HttpMethod.Get, path);
            byTag.Headers.IfNoneMatch.Add(etag);
            var notModified = await observer.SendAsync(byTag);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

            var byDate = new HttpRequestMessage(HttpMethod.Get, path);
            byDate.Headers.IfModifiedSince = lastModified;
            Assert.Equal(HttpStatusCode.NotModified, (await observer.SendAsync(byDate)).StatusCode);

            var stale = new HttpRequestMessage(HttpMethod.Get, path);
            stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
            Assert.Equal(HttpStatusCode.OK, (await observer.SendAsync(stale)).StatusCode);
        }

        // JSON and HTML are different representations: different tags.
        var json = (await observer.GetAsync($"/public/statements/{_result.Slug}")).Headers.ETag!.Tag;
        var html = (await observer.GetAsync($"/public/statements/{_result.Slug}.html")).Headers.ETag!.Tag;
        Assert.NotEqual(json, html);

        // A commitment's progress is public: reporting it gives the statement and the party's commitments a new tag.
        var commitmentsTag = (await observer.GetAsync("/public/commitments?party=KAZ")).Headers.ETag!.Tag;
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        var report = await (await _summit.Secretariat()).PutAsJsonAsync($"/api/commitments/{_result.OverdueCommitment}/status",
            new { status = "InProgress", evidence = "Hydromet services of KAZ, KGZ and TJK share data since March." });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, $"/public/statements/{_result.Slug}");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(json));
        Assert.Equal(HttpStatusCode.OK, (await observer.SendAsync(again)).StatusCode);
        Assert.NotEqual(commitmentsTag, (await observer.GetAsync("/public/commitments?party=KAZ")).Headers.ETag!.Tag);
    }
}
