using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>Issue 22, point 7: the public statement page offers the official text as a PDF, in the reader's language, and the link serves it.</summary>
public sealed class StatementPdfLinkTests : IDisposable
{
    private readonly SummitApp _app = new();

    [Fact]
    public async Task The_statement_page_links_to_its_official_text_as_a_PDF_in_English_and_in_Russian()
    {
        const string slug = "2045-bishkek-declaration";
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StatementsDbContext>();
            var when = new DateTime(2045, 7, 2, 6, 0, 0, DateTimeKind.Utc);
            db.Published.Add(new PublishedStatement
            {
                Id = Guid.NewGuid(), Slug = slug, Kind = "Declaration", Consensus = true, Title = "Bishkek Declaration", TitleRu = "Бишкекская декларация",
                MeetingId = Guid.NewGuid(), MeetingTitle = "Consultative Meeting, Bishkek 2045", Format = "C5", HostParty = "KGZ", City = "Bishkek",
                MeetingStartUtc = when, Year = 2045, Signatories = PublishedStatement.Bars(["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
                SignatoryList = ["KAZ", "KGZ", "TJK", "TKM", "UZB"], English = "The parties met in Bishkek.", EnglishHtml = "<p>The parties met in Bishkek.</p>",
                Russian = "Стороны встретились в Бишкеке.", RussianHtml = "<p>Стороны встретились в Бишкеке.</p>", HasRussian = true,
                Version = 1, ContentHash = new string('a', 64), AdoptedUtc = when, PublishedUtc = when, UpdatedUtc = when, SearchText = "bishkek declaration",
            });
            await db.SaveChangesAsync();
        }

        var english = _app.CreateClient();
        var russian = _app.CreateClient();
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        var link = $"<a href=\"/public/statements/{slug}.pdf\" type=\"application/pdf\">";
        Assert.Contains($"{link}The official text as PDF (English and Russian)</a>", await english.GetStringAsync($"/statements/{slug}"));
        Assert.Contains($"{link}Официальный текст в PDF (английский и русский)</a>", await russian.GetStringAsync($"/statements/{slug}"));

        var pdf = await english.GetAsync($"/public/statements/{slug}.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();
}
