namespace SummitCoordination.Statements.Register;

/// <summary>
/// A published statement is a registered document too (DOMAIN.md, Documents): General, of kind Statement, in the
/// <c>ST</c> series of its meeting's body (a correction: <c>/Corr.n</c> of the statement it corrects), its adopted
/// text searchable. Its symbol is shown on its public page and printed on its official text.
/// </summary>
public static class StatementRegistration
{
    /// <summary>Registers the statement in the caller's unit of work (once: a repeat answers the symbol it has) and answers its symbol.</summary>
    public static async Task<string> RegisterAsync(StatementsDbContext db, Guid statementId, StatementMeeting meeting, string? correctsSymbol, string title,
        string? titleRu, Guid? itemId, string text, DateTime nowUtc, CancellationToken ct)
    {
        var existing = db.Documents.Local.FirstOrDefault(d => d.StatementId == statementId && d.Kind == DocumentKind.Statement)
            ?? await db.Documents.FirstOrDefaultAsync(d => d.StatementId == statementId && d.Kind == DocumentKind.Statement, ct);
        if (existing is not null)
        {
            return existing.Symbol;
        }

        var corrected = correctsSymbol is null ? null : await db.Documents.SingleOrDefaultAsync(d => d.Symbol == correctsSymbol, ct);
        var naming = corrected is not null
            ? await DocumentNumbering.SuffixedAsync(db, corrected, SymbolSuffix.Corr, ct)
            : await DocumentNumbering.NextAsync(db, meeting, DocumentSeries.DefaultFor(DocumentKind.Statement), null, ct);
        var details = new DocumentDetails(DocumentKind.Statement, title, titleRu, itemId, null, DistributionLevel.General, null, DateOnly.FromDateTime(nowUtc), null);
        var document = RegisteredDocument.Register(naming, details, nowUtc, Actors.System, statementId, text);
        db.Documents.Add(document);
        return document.Symbol;
    }
}
