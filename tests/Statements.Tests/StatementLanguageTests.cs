using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 24, point 3: a statement's text in the five states' languages. Put by the secretariat (a translation after
/// publication too), public at once: the statement's JSON, search by its words, the language filter, and the Atom feed
/// with one entry per language marked with its xml:lang. English and Russian stay authentic unless the statement names
/// its authentic languages, which it does while drafting only.
/// </summary>
public sealed class StatementLanguageTests(SummitScenarioFixture fixture) : IClassFixture<SummitScenarioFixture>
{
    private const string KazakhTitle = "Орталық Азия мемлекеттері басшыларының Душанбе бірлескен мәлімдемесі";

    /// <summary>A word no other text of the scenario has, to find the statement by its Kazakh text alone.</summary>
    private const string KazakhWord = "ынтымақтастықтыжаңғырту";

    private readonly StatementSummitResult _result = fixture.Result;

    private async Task<HttpResponseMessage> PutKazakhAsync(HttpClient client, Guid statement, string language = "kk", string? markdown = null) =>
        await client.PutAsJsonAsync($"/api/statements/{statement}/texts/{language}",
            new { title = KazakhTitle, markdown = markdown ?? $"# {KazakhTitle}\n\nБасшылар өңірлік {KazakhWord} туралы келісті.\n" });

    [Fact]
    public async Task A_translation_put_after_publication_is_public_found_by_its_words_and_carried_by_the_feed_with_its_language()
    {
        var secretariat = await fixture.App.Secretariat();
        var put = await PutKazakhAsync(secretariat, _result.JointStatement);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var observer = await fixture.Summit.Observer();
        var statement = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{_result.Slug}");
        Assert.Equal(["en", "ru", "kk"], statement.GetProperty("texts").EnumerateObject().Select(t => t.Name));
        Assert.Contains(KazakhWord, statement.GetProperty("texts").GetProperty("kk").GetProperty("html").GetString());
        Assert.Equal(KazakhTitle, statement.GetProperty("titles").GetProperty("kk").GetString());
        Assert.Equal(["en", "ru"], statement.GetProperty("authentic").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync($"/public/statements/{_result.Slug}?lang=kk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync($"/public/statements/{_result.Slug}?lang=uz")).StatusCode);

        // Search: a word of the Kazakh text alone finds it; the language filter finds it and only what has a Kazakh text.
        var found = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={Uri.EscapeDataString(KazakhWord)}");
        Assert.Equal([_result.Slug], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var kazakh = await observer.GetFromJsonAsync<JsonElement>("/public/statements?language=kk");
        Assert.Equal([_result.Slug], kazakh.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(["en", "ru", "kk"], kazakh.GetProperty("items")[0].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await observer.GetAsync("/public/statements?language=xx")).StatusCode);

        // The feed: the English entry under the statement's own id, the Kazakh one beside it in its language.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await observer.GetStringAsync("/public/feed.atom"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var english = entries.Single(e => (string?)e.Element(atom + "id") == $"urn:uuid:{_result.JointStatement}");
        Assert.Equal("en", (string?)english.Attribute(XNamespace.Xml + "lang"));
        var entry = entries.Single(e => (string?)e.Attribute(XNamespace.Xml + "lang") == "kk");
        Assert.Equal(KazakhTitle, (string?)entry.Element(atom + "title"));
        Assert.Contains(KazakhWord, (string?)entry.Element(atom + "content"));
        Assert.Contains(entries, e => (string?)e.Attribute(XNamespace.Xml + "lang") == "ru");

        // The web app's pages are told (their cache).
        var harness = fixture.App.Services.GetRequiredService<ITestHarness>();
        await Eventually.Until(() => Task.FromResult(harness.Published.Select<StatementTextChanged>().Any(m => m.Context.Message.Language == "kk")), any => any,
            what: "StatementTextChanged");
    }

    [Fact]
    public async Task Only_the_secretariat_puts_a_text_and_only_in_one_of_the_five_languages_and_a_bad_one_changes_nothing()
    {
        var secretariat = await fixture.App.Secretariat();
        Assert.Equal(HttpStatusCode.BadRequest, (await PutKazakhAsync(secretariat, _result.JointStatement, language: "en")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutKazakhAsync(secretariat, _result.JointStatement, language: "de")).StatusCode);
        var empty = await PutKazakhAsync(secretariat, _result.JointStatement, language: "uz", markdown: " ");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutKazakhAsync(await fixture.App.Delegation("KAZ"), _result.JointStatement, language: "uz")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PutKazakhAsync(await fixture.Summit.Observer(), _result.JointStatement, language: "uz")).StatusCode);

        var texts = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{_result.JointStatement}/texts");
        Assert.DoesNotContain(texts.GetProperty("texts").EnumerateArray(), t => t.GetProperty("language").GetString() == "uz");
    }

    [Fact]
    public async Task A_statement_names_its_authentic_languages_while_drafting_and_an_authentic_text_is_frozen_with_its_adoption()
    {
        var secretariat = await fixture.App.Secretariat();
        var adopted = await secretariat.PutAsJsonAsync($"/api/statements/{_result.JointStatement}/authentic-languages", new { languages = new[] { "en", "ru", "kk" } });
        Assert.Equal(HttpStatusCode.Conflict, adopted.StatusCode);

        // The blocked draft was never adopted: it may still say which of its texts will be authentic.
        var draft = _result.BlockedStatement;
        Assert.Equal(HttpStatusCode.BadRequest,
            (await secretariat.PutAsJsonAsync($"/api/statements/{draft}/authentic-languages", new { languages = new[] { "en", "xx" } })).StatusCode);
        var named = await secretariat.PutAsJsonAsync($"/api/statements/{draft}/authentic-languages", new { languages = new[] { "en", "ru", "kk" } });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(["en", "ru", "kk"], (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authentic").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await PutKazakhAsync(secretariat, draft)).StatusCode);
    }
}
