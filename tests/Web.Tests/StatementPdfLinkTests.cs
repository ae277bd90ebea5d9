using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 22, point 7: the public statement page offers the official text as a PDF, in the reader's language, and the link
/// serves it. Issue 23: the page shows the statement's symbol in the document register.
/// </summary>
public sealed class StatementPdfLinkTests : IDisposable
{
    private readonly SummitApp _app = new();

    private const string Slug = "2045-bishkek-declaration";

    /// <summary>The declaration as published, with its symbol in the document register (issue 23).</summary>
    private const string Symbol = "C5/CHS/2045/ST.1";

    [Fact]
    public async Task The_statement_page_links_to_its_official_text_as_a_PDF_in_English_and_in_Russian()
    {
        await SeedAsync();

        var english = _app.CreateClient();
        var russian = _app.CreateClient();
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        var link = $"<a href=\"/public/statements/{Slug}.pdf\" type=\"application/pdf\">";
        Assert.Contains($"{link}The official text as PDF (English and Russian)</a>", await english.GetStringAsync($"/statements/{Slug}"));
        Assert.Contains($"{link}Официальный текст в PDF (английский и русский)</a>", await russian.GetStringAsync($"/statements/{Slug}"));

        var pdf = await english.GetAsync($"/public/statements/{Slug}.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_statement_page_shows_its_register_symbol_linked_to_the_register()
    {
        await SeedAsync();
        var html = await _app.CreateClient().GetStringAsync($"/statements/{Slug}");
        Assert.Contains($"<dd id=\"statement-symbol\"><a href=\"/documents?symbol={Uri.EscapeDataString(Symbol)}\" lang=\"en\">{Symbol}</a></dd>", html);
    }

    private async Task SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatementsDbContext>();
        var when = new DateTime(2045, 7, 2, 6, 0, 0, DateTimeKind.Utc);
        db.Published.Add(new PublishedStatement
        {
            Id = Guid.NewGuid(), Slug = Slug, Symbol = Symbol, Kind = "Declaration", Consensus = true, Title = "Bishkek Declaration", TitleRu = "Бишкекская декларация",
            MeetingId = Guid.NewGuid(), MeetingTitle = "Consultative Meeting, Bishkek 2045", Format = "C5", HostParty = "KGZ", City = "Bishkek",
            MeetingStartUtc = when, Year = 2045, Signatories = PublishedStatement.Bars(["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
            SignatoryList = ["KAZ", "KGZ", "TJK", "TKM", "UZB"], English = "The parties met in Bishkek.", EnglishHtml = "<p>The parties met in Bishkek.</p>",
            Russian = "Стороны встретились в Бишкеке.", RussianHtml = "<p>Стороны встретились в Бишкеке.</p>", HasRussian = true,
            Version = 1, ContentHash = new string('a', 64), AdoptedUtc = when, PublishedUtc = when, UpdatedUtc = when, SearchText = "bishkek declaration",
        });
        await db.SaveChangesAsync();
    }

    public void Dispose() => _app.Dispose();
}
