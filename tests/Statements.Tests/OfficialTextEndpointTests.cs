using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 22, point 7, through HTTP: a published statement's official text as a PDF for anyone
/// (<c>GET /public/statements/{slug}.pdf</c>), any kept version's for those who may read the draft
/// (<c>GET /api/statements/{id}/versions/{number}.pdf</c>), refused to everyone else as the other draft routes are.
/// </summary>
public sealed class OfficialTextEndpointTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    private const string English = """
        # Tashkent Statement on Water

        The Ministers met in Tashkent to discuss **shared rivers**.

        They agreed to exchange _hydrological data_ daily through the [regional centre](https://example.org/centre).

        They will meet again in Ashgabat.
        """;

    private const string Russian = """
        # Ташкентское заявление о воде

        Министры встретились в Ташкенте, чтобы обсудить **общие реки**.

        Они договорились ежедневно обмениваться _гидрологическими данными_ через [региональный центр](https://example.org/centre).

        Они снова встретятся в Ашхабаде.
        """;

    /// <summary>Numbered as the negotiation numbers them: the title heading is a paragraph too (OP1), the rest follow.</summary>
    private static readonly (string Number, string English, string Russian)[] Paragraphs =
    [
        ("OP2", "The Ministers met in Tashkent to discuss shared rivers.", "Министры встретились в Ташкенте, чтобы обсудить общие реки."),
        ("OP3", "They agreed to exchange hydrological data daily through the regional centre.",
            "Они договорились ежедневно обмениваться гидрологическими данными через региональный центр."),
        ("OP4", "They will meet again in Ashgabat.", "Они снова встретятся в Ашхабаде."),
    ];

    private static void AssertParagraphs(string text)
    {
        foreach (var (number, english, russian) in Paragraphs)
        {
            Assert.Contains(number, text);
            Assert.Contains(english, text);
            Assert.Contains(russian, text);
        }

        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("](", text);
    }

    private static async Task<byte[]> PdfAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotNull(response.Headers.ETag);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task A_published_statement_s_PDF_is_for_anyone_with_every_paragraph_in_both_languages_its_hash_and_a_304_when_unchanged()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, English, Russian);
        await AdoptAsync(id, meeting.MeetingId);
        await ConcludeAsync(meeting.MeetingId);
        var published = await WaitAsync(id, s => s.Status() == "Published", "publication at the close");
        var slug = published.GetProperty("slug").GetString()!;
        var hash = published.GetProperty("adoption").GetProperty("contentHash").GetString()!;

        var observer = await App.ClientAs(Summit.Anonymous);
        var response = await observer.GetAsync($"/public/statements/{slug}.pdf");
        var pdf = await PdfAsync(response, $"{slug}.pdf");
        Assert.True(response.Headers.CacheControl is { Public: true, NoCache: true, Private: false }, $"{response.Headers.CacheControl}");
        Poppler.Keep("published.pdf", pdf);

        var text = await Poppler.FlatTextAsync(pdf);
        AssertParagraphs(text);
        // Issue 23: the text's symbol in the document register is printed at its head.
        var symbol = (await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{slug}")).GetProperty("symbol").GetString()!;
        Assert.Matches(@"^C5/CFM/2027/ST\.\d+$", symbol);
        foreach (var expected in new[]
                 {
                     "Joint Statement", "Совместное заявление", "A joint statement", "Ташкентское заявление о воде", meeting.Title, "Tashkent, 10 May 2027", "Tashkent, 10 мая 2027 г.", "Version 1", "Версия 1",
                     hash, symbol, "Page 1 of 1 / Стр. 1 из 1",
                 })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("Draft", text);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/public/statements/{slug}.pdf");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await observer.SendAsync(again)).StatusCode);
        // The JSON of the same statement is a different representation, with a tag of its own.
        var json = await observer.GetAsync($"/public/statements/{slug}");
        Assert.NotEqual(response.Headers.ETag, json.Headers.ETag);
    }

    [Fact]
    public async Task An_unpublished_statement_has_no_public_PDF_until_it_is_published()
    {
        // A partner meeting names the slug the statement will have: no other test here publishes one like it.
        var meeting = await MeetingAsync(partner: "JPN");
        var id = await DraftAsync(meeting.MeetingId, English, Russian);
        var guess = "2027-tashkent-c5-jpn-joint-statement";
        var observer = await App.ClientAs(Summit.Anonymous);
        await ProblemAsync(await observer.GetAsync($"/public/statements/{guess}.pdf"), HttpStatusCode.NotFound);

        await AdoptAsync(id, meeting.MeetingId, bound: [.. Five, "JPN"]);
        await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        foreach (var path in new[] { $"/public/statements/{guess}.pdf", $"/public/statements/{id}.pdf" })
        {
            var problem = await ProblemAsync(await observer.GetAsync(path), HttpStatusCode.NotFound);
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
        }

        await ConcludeAsync(meeting.MeetingId);
        var slug = (await WaitAsync(id, s => s.Status() == "Published", "publication at the close")).GetProperty("slug").GetString();
        Assert.Equal(guess, slug);
        await PdfAsync(await observer.GetAsync($"/public/statements/{guess}.pdf"), $"{guess}.pdf");
    }

    [Fact]
    public async Task A_draft_version_s_PDF_is_for_the_secretariat_and_the_meeting_s_delegations_and_says_it_is_a_draft()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, English, Russian);
        var path = $"/api/statements/{id}/versions/1.pdf";

        foreach (var reader in new[] { await Secretariat(), await Delegation("KAZ") })
        {
            var response = await reader.GetAsync(path);
            var pdf = await PdfAsync(response, "a-joint-statement-v1-draft.pdf");
            Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true, Public: false }, $"{response.Headers.CacheControl}");
            Poppler.Keep("draft.pdf", pdf);
            var text = await Poppler.FlatTextAsync(pdf);
            AssertParagraphs(text);
            Assert.Contains("Draft, version 1: not adopted", text);
            Assert.Contains("Проект, версия 1: не принят", text);
            Assert.Contains("DRAFT · Version 1", text);
        }

        // Once adopted, the same version prints as the text, with the hash frozen at adoption.
        await AdoptAsync(id, meeting.MeetingId);
        var adopted = await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        var frozen = await Poppler.FlatTextAsync(await PdfAsync(await (await Secretariat()).GetAsync(path), "a-joint-statement-v1.pdf"));
        Assert.DoesNotContain("Draft", frozen);
        Assert.Contains(adopted.GetProperty("adoption").GetProperty("contentHash").GetString()!, frozen);
    }

    [Fact]
    public async Task Nobody_else_gets_a_draft_s_PDF_and_a_version_that_does_not_exist_is_not_found()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, English, Russian);
        var path = $"/api/statements/{id}/versions/1.pdf";

        // An observer (no token) is asked for one, in problem details, as on every drafting route.
        await ProblemAsync(await (await App.ClientAs(Summit.Anonymous)).GetAsync(path), HttpStatusCode.Unauthorized);
        // An observer organisation invited to the meeting, and a state that does not sit in it: told it does not exist.
        foreach (var outsider in new[] { "UN", "USA" })
        {
            var problem = await ProblemAsync(await (await Delegation(outsider)).GetAsync(path), HttpStatusCode.NotFound);
            Assert.DoesNotContain("Tashkent Statement", problem.GetRawText());
        }

        await ProblemAsync(await (await Secretariat()).GetAsync($"/api/statements/{id}/versions/2.pdf"), HttpStatusCode.NotFound);
        await ProblemAsync(await (await Secretariat()).GetAsync($"/api/statements/{Guid.NewGuid()}/versions/1.pdf"), HttpStatusCode.NotFound);
    }
}
