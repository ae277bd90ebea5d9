using System.Security.Claims;
using SummitCoordination.BuildingBlocks.Handlers;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Public;

namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// A kept version of a statement as its official text in PDF (<c>GET /api/statements/{id}/versions/{number}.pdf</c>),
/// for those who may read the draft: the secretariat and the delegations sitting in its meeting; anyone else is told
/// it does not exist (404), as for the version itself.
/// </summary>
public sealed record PrintVersion(Guid StatementId, int Version, ClaimsPrincipal User);

/// <summary>The PDF, its file name, and the validators for a conditional GET.</summary>
public sealed record PrintedText(byte[] Pdf, string FileName, string ETag, DateTime LastModifiedUtc);

public sealed class PrintVersionHandler(StatementsDbContext db) : IHandler<PrintVersion, PrintedText>
{
    public async Task<PrintedText> HandleAsync(PrintVersion request, CancellationToken cancellationToken)
    {
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, request.User, cancellationToken, tracked: false);
        var version = statement.VersionAt(request.Version);
        var text = OfficialTextSources.Of(statement, version, meeting);
        // A version's words never change; what is printed around them can (its adoption, the meeting's place and date).
        var etag = HttpCaching.ETagFor($"pdf|{statement.Id}|{version.Number}|{text.Draft}|{text.Symbol}|{text.TitleRu}|{meeting.Title}|{meeting.City}|{text.Date}");
        var lastModified = statement.AdoptedUtc is { } adopted && !text.Draft ? adopted : version.CreatedUtc;
        return new PrintedText(OfficialTextPdf.Render(text), OfficialTextSources.FileName(text), etag, lastModified);
    }
}
