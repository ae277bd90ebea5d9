namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// A kept version of a statement as its official text in PDF (<c>GET /api/statements/{id}/versions/{number}.pdf</c>),
/// for those who may read the draft: the secretariat and the delegations sitting in its meeting; anyone else is told
/// it does not exist (404), as for the version itself. <c>?lang=</c> (one of the seven) prints the page numbers in that
/// language too and the statement's text in it after the pair (<see cref="OfficialTextSources.In"/>).
/// </summary>
public sealed record PrintVersion(Guid StatementId, int Version, ClaimsPrincipal User, string? Language = null);

/// <summary>The PDF, its file name, and the validators for a conditional GET.</summary>
public sealed record PrintedText(byte[] Pdf, string FileName, string ETag, DateTime LastModifiedUtc);

public sealed class PrintVersionHandler(StatementsDbContext db) : IHandler<PrintVersion, PrintedText>
{
    public async Task<PrintedText> HandleAsync(PrintVersion request, CancellationToken cancellationToken)
    {
        var language = PdfLanguage.Parse(request.Language);
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, request.User, cancellationToken, tracked: false);
        var version = statement.VersionAt(request.Version);
        var translation = await db.Translations.AsNoTracking().SingleOrDefaultAsync(t => t.StatementId == statement.Id && t.Language == language, cancellationToken);
        var text = OfficialTextSources.In(OfficialTextSources.Of(statement, version, meeting), language, translation, statement.AuthenticLanguages);
        // A version's words never change; what is printed around them can (its adoption, the meeting's place and date, the text in the language asked).
        var etag = HttpCaching.ETagFor($"pdf|{statement.Id}|{version.Number}|{text.Draft}|{text.Symbol}|{text.TitleRu}|{meeting.Title}|{meeting.City}|{text.Date}"
            + $"|{language}|{translation?.UpdatedUtc.Ticks}|{string.Join(",", statement.AuthenticLanguages)}");
        var printed = statement.AdoptedUtc is { } adopted && !text.Draft ? adopted : version.CreatedUtc;
        var lastModified = translation is not null && translation.UpdatedUtc > printed ? translation.UpdatedUtc : printed;
        return new PrintedText(OfficialTextPdf.Render(text), OfficialTextSources.FileName(text), etag, lastModified);
    }
}
