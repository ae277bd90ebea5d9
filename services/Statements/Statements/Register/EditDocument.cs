namespace SummitCoordination.Statements.Register;

public sealed record EditDocument(Guid Id, EditDocumentRequest Request, ClaimsPrincipal User);

/// <summary>The secretariat corrects what it said of a document (titles, kind, item, level, recipients, dates); the derestriction job follows.</summary>
public sealed class EditDocumentHandler(StatementsDbContext db, TimeProvider clock, [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines)
    : IHandler<EditDocument, RegisteredDocument>
{
    public async Task<RegisteredDocument> HandleAsync(EditDocument request, CancellationToken cancellationToken)
    {
        var ask = request.Request;
        var document = await db.Documents.Include(d => d.Files).SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw DomainException.NotFound("Document", request.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        document.Describe(new DocumentDetails(ask.Kind!.Value, ask.Title!, ask.TitleRu, ask.ItemId, ask.ItemTitle, ask.Level ?? DistributionLevel.General,
            ask.Recipients, ask.DocumentDate ?? document.DocumentDate, ask.DerestrictOn), now);
        await db.SaveChangesAsync(cancellationToken);
        await DerestrictionJob.SyncAsync(deadlines, document, cancellationToken);
        return document;
    }
}
