using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Public;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>Issue 10, section 4: public pages are output-cached, and a publication evicts them by tag.</summary>
public sealed class PageCachingTests : IDisposable
{
    private readonly SummitApp _app = new();

    [Fact]
    public async Task The_statements_page_is_served_from_the_cache_until_a_StatementPublished_message_evicts_it()
    {
        var browser = _app.CreateClient();
        Assert.Contains("Statements found: 0", await browser.GetStringAsync("/statements?year=2044"));

        // The read model gains a statement and the API's own cache is told (what publication does, less its message).
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatementsDbContext>();
            var when = new DateTime(2044, 3, 21, 6, 0, 0, DateTimeKind.Utc);
            db.Published.Add(new PublishedStatement
            {
                Id = Guid.NewGuid(), Slug = "2044-astana-joint-statement", Kind = "JointStatement", Consensus = true, Title = "Astana Joint Statement",
                MeetingId = Guid.NewGuid(), MeetingTitle = "Consultative Meeting, Astana 2044", Format = "C5", HostParty = "KAZ", City = "Astana",
                MeetingStartUtc = when, Year = 2044, Signatories = PublishedStatement.Bars(["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
                SignatoryList = ["KAZ", "KGZ", "TJK", "TKM", "UZB"], English = "# Astana Joint Statement", EnglishHtml = "<h1>Astana Joint Statement</h1>",
                Version = 1, ContentHash = new string('0', 64), AdoptedUtc = when, PublishedUtc = when, UpdatedUtc = when,
                SearchText = "astana joint statement",
            });
            await db.SaveChangesAsync();
        }

        var api = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/public/statements?year=2044");
        Assert.Equal(1, api.GetProperty("total").GetInt32());
        // The page is still the one rendered before: it came from the output cache.
        Assert.Contains("Statements found: 0", await browser.GetStringAsync("/statements?year=2044"));

        await _app.Services.GetRequiredService<IBus>().Publish(new StatementPublished(Guid.NewGuid(), "2044-astana-joint-statement", StatementKind.JointStatement,
            "Astana Joint Statement", Guid.NewGuid(), 1, new string('0', 64), ["KAZ", "KGZ", "TJK", "TKM", "UZB"], null, DateTime.UtcNow));
        var page = await Eventually.Until(() => browser.GetStringAsync("/statements?year=2044"), p => p.Contains("Statements found: 1"),
            TimeSpan.FromSeconds(30), "the page rendered anew after the publication");
        Assert.Contains("href=\"/statements/2044-astana-joint-statement\"", page);
    }

    [Fact]
    public async Task A_commitment_recorded_or_reported_after_publication_shows_at_once_on_the_cached_statement_page_and_tracker_in_both_languages()
    {
        var result = await StatementScenario.RunAsync(new Summit(_app.ClientAs), 2046, commitmentDueIn: TimeSpan.FromDays(30));
        var english = _app.CreateClient();
        var russian = _app.CreateClient();
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        const string what = "Open a joint seismic data centre in Almaty";
        // Both languages rendered and cached before the change (ten minutes' life: only an eviction renders them anew).
        Assert.DoesNotContain(what, await english.GetStringAsync($"/statements/{result.Slug}"));
        Assert.DoesNotContain(what, await russian.GetStringAsync($"/statements/{result.Slug}"));
        Assert.DoesNotContain(what, await english.GetStringAsync("/commitments"));

        var secretariat = await _app.Secretariat();
        var made = await secretariat.PostAsJsonAsync($"/api/statements/{result.JointStatement}/commitments",
            new { what, parties = new[] { "KAZ", "KGZ" }, dueUtc = new DateTime(2048, 6, 30, 0, 0, 0, DateTimeKind.Utc) });
        Assert.Equal(System.Net.HttpStatusCode.Created, made.StatusCode);

        foreach (var (reader, path) in new[] { (english, $"/statements/{result.Slug}"), (russian, $"/statements/{result.Slug}"), (english, "/commitments") })
        {
            await Eventually.Until(() => reader.GetStringAsync(path), p => p.Contains(what), TimeSpan.FromSeconds(30), $"{path} rendered anew with the new commitment");
        }

        // Progress reported: the page says so at once too.
        var id = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await secretariat.PutAsJsonAsync($"/api/commitments/{id}/status", new { status = "InProgress", evidence = "https://example.org/seismic-centre-site" }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(() => english.GetStringAsync($"/statements/{result.Slug}"), p => p.Contains("https://example.org/seismic-centre-site"),
            TimeSpan.FromSeconds(30), "the statement page rendered anew with the progress and its evidence");
    }

    [Fact]
    public async Task Pages_are_cached_per_language()
    {
        var english = _app.CreateClient();
        var russian = _app.CreateClient();
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        Assert.Contains("<html lang=\"en\">", await english.GetStringAsync("/statements"));
        Assert.Contains("<html lang=\"ru\">", await russian.GetStringAsync("/statements"));
        Assert.Contains("<html lang=\"en\">", await english.GetStringAsync("/statements"));
    }

    public void Dispose() => _app.Dispose();
}
