namespace SummitCoordination.Statements.Register;

public sealed record RegisterDocument(RegisterDocumentRequest Request, ClaimsPrincipal User);

/// <summary>Registers a document under the next symbol of its body's series, then sets its derestriction job after the commit.</summary>
public sealed class RegisterDocumentHandler(StatementsDbContext db, TimeProvider clock, [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines)
    : IHandler<RegisterDocument, RegisteredDocument>
{
    public async Task<RegisteredDocument> HandleAsync(RegisterDocument request, CancellationToken cancellationToken)
    {
        var ask = request.Request;
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == ask.MeetingId, cancellationToken)
            ?? throw DomainException.InvalidField("meetingId", "No meeting with this id is known.");
        var now = clock.GetUtcNow().UtcDateTime;
        var details = new DocumentDetails(ask.Kind!.Value, ask.Title!, ask.TitleRu, ask.ItemId, ask.ItemTitle, ask.Level ?? DistributionLevel.General,
            ask.Recipients, ask.DocumentDate ?? DateOnly.FromDateTime(now), ask.DerestrictOn);
        var naming = await DocumentNumbering.NextAsync(db, meeting, ask.Series ?? DocumentSeries.DefaultFor(details.Kind), ask.Number, cancellationToken);
        var document = RegisteredDocument.Register(naming, details, now, request.User.Actor());
        db.Documents.Add(document);
        await RegisterSaving.SaveAsync(db, document.Symbol, cancellationToken);
        await DerestrictionJob.SyncAsync(deadlines, document, cancellationToken);
        return document;
    }
}

internal static class RegisterSaving
{
    /// <summary>Saves; a symbol taken by a registration that committed first is the same 409 as one taken before.</summary>
    public static async Task SaveAsync(StatementsDbContext db, string symbol, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await db.Documents.AsNoTracking().AnyAsync(d => d.Symbol == symbol, ct))
            {
                throw DocumentNumbering.Clash(symbol);
            }

            throw;
        }
    }
}
