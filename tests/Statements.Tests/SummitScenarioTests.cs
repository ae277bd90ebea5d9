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
    private readonly SummitApp _app = fixture.App;
    private readonly Summit _summit = fixture.Summit;

    [Fact]
    public async Task The_joint_statement_is_adopted_at_its_amended_version_with_the_five_as_signatories_and_a_hash_of_that_text()
    {
        var adoption = _result.Adopted.GetProperty("adoption");
        Assert.Equal(2, adoption.GetProperty("version").GetInt32());
        Assert.Equal(StatementScenario.LeadersSignatories, adoption.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
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
    public async Task A_browser_at_the_public_addresses_is_sent_to_the_web_apps_pages_in_English_and_Russian()
    {
        // A browser follows redirects and keeps cookies (the language switch's choice).
        var english = await _app.CreateClient().GetAsync($"/public/statements/{_result.Slug}.html");
        Assert.Equal($"/statements/{_result.Slug}", english.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("text/html", english.Content.Headers.ContentType!.MediaType);
        var page = await english.Content.ReadAsStringAsync();
        Assert.Contains("Dushanbe Joint Statement of the Heads of State of Central Asia</h1>", page);
        Assert.Contains("Adopted by consensus", page);
        Assert.Contains("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan", page);
        Assert.Contains("<html lang=\"en\">", page);

        var russian = await _app.CreateClient().GetAsync($"/public/statements/{_result.Slug}.html?lang=ru");
        Assert.Equal($"/statements/{_result.Slug}", russian.RequestMessage!.RequestUri!.AbsolutePath);
        var russianPage = await russian.Content.ReadAsStringAsync();
        Assert.Contains("Душанбинское совместное заявление</h1>", russianPage);
        Assert.Contains("Принято консенсусом", russianPage);
        Assert.Contains("Казахстан, Кыргызстан", russianPage);
        Assert.Contains("<html lang=\"ru\">", russianPage);

        var negotiated = new HttpRequestMessage(HttpMethod.Get, $"/public/statements/{_result.Slug}");
        negotiated.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await _app.CreateClient().SendAsync(negotiated);
        Assert.Equal($"/statements/{_result.Slug}", response.RequestMessage!.RequestUri!.AbsolutePath);

        // The list keeps the query: the page shows the search it was sent with.
        var list = new HttpRequestMessage(HttpMethod.Get, $"/public/statements?year={SummitScenarioFixture.Year}");
        list.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var listResponse = await _app.CreateClient().SendAsync(list);
        Assert.Equal($"/statements?year={SummitScenarioFixture.Year}", listResponse.RequestMessage!.RequestUri!.PathAndQuery);
        var listPage = await listResponse.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/statements/{_result.ChairmansSlug}\"", listPage);
        Assert.Contains($"value=\"{SummitScenarioFixture.Year}\"", listPage);

        // JSON clients are not redirected.
        var json = await (await _summit.Observer()).GetAsync($"/public/statements/{_result.Slug}");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
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
        Assert.Contains($"/statements/{_result.Slug}", links);
        Assert.Contains($"/statements/{_result.ChairmansSlug}", links);
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

        var page = await _app.CreateClient().GetStringAsync($"/statements/{_result.ChairmansSlug}");
        Assert.DoesNotContain("Adopted by consensus", page);
        Assert.Contains("No consensus: issued by the chair", page);

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
        foreach (var path in new[] { "/public/statements", $"/public/statements/{_result.Slug}", "/public/feed.atom", "/public/commitments?party=KAZ" })
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

        // A commitment's progress is public: reporting it gives the statement and the party's commitments a new tag.
        var json = (await observer.GetAsync($"/public/statements/{_result.Slug}")).Headers.ETag!.Tag;
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
