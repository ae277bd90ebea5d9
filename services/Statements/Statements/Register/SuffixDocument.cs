namespace SummitCoordination.Statements.Register;

public sealed record SuffixDocument(Guid Id, SuffixDocumentRequest Request, ClaimsPrincipal User);

/// <summary>
/// Registers a revision (<c>/Rev.n</c>, which supersedes the document), a corrigendum (<c>/Corr.n</c>) or an addendum
/// (<c>/Add.n</c>) as a new document of the same meeting, series and number; files are uploaded to it as to any document.
/// </summary>
public sealed class SuffixDocumentHandler(StatementsDbContext db, TimeProvider clock, [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines)
    : IHandler<SuffixDocument, RegisteredDocument>
{
    public async Task<RegisteredDocument> HandleAsync(SuffixDocument request, CancellationToken cancellationToken)
    {
        var ask = request.Request;
        var target = await db.Documents.SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken) ?? throw DomainException.NotFound("Document", request.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var date = ask.DocumentDate ?? DateOnly.FromDateTime(now);
        var level = ask.Level ?? target.Level;
        var inherited = level != DistributionLevel.General && target.DerestrictOn is { } on && on >= date ? on : (DateOnly?)null;
        var details = new DocumentDetails(target.Kind, ask.Title ?? target.Title, ask.TitleRu ?? target.TitleRu, target.ItemId, target.ItemTitle, level,
            ask.Recipients ?? target.Recipients, date, ask.DerestrictOn ?? inherited);
        var naming = await DocumentNumbering.SuffixedAsync(db, target, ask.Suffix!.Value, cancellationToken);
        var document = RegisteredDocument.Register(naming, details, now, request.User.Actor(), target.StatementId);
        db.Documents.Add(document);
        if (ask.Suffix == SymbolSuffix.Rev)
        {
            target.SupersededBy(document, now);
        }

        await RegisterSaving.SaveAsync(db, document.Symbol, cancellationToken);
        await DerestrictionJob.SyncAsync(deadlines, document, cancellationToken);
        return document;
    }
}
