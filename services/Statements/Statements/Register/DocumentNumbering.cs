namespace SummitCoordination.Statements.Register;

/// <summary>
/// Gives a new document its symbol: the next number of its series in its body and year under the body's pattern (or
/// the number the secretariat names), or the next revision, corrigendum or addendum of an existing document.
/// A symbol already taken is refused (409), here and by the unique index when two registrations race.
/// </summary>
public static class DocumentNumbering
{
    public static async Task<DocumentNaming> NextAsync(StatementsDbContext db, StatementMeeting meeting, string series, int? number, CancellationToken ct)
    {
        var pattern = meeting.BodyId is { } bodyId
            ? await db.RegisterBodies.AsNoTracking().Where(b => b.BodyId == bodyId).Select(b => b.Pattern).SingleOrDefaultAsync(ct)
            : null;
        var format = meeting.Partner is { } partner ? $"C5+{partner}" : "C5";
        var body = SymbolPattern.Abbreviation(meeting.BodyName.Length > 0 ? meeting.BodyName : meeting.Title);
        var year = meeting.StartUtc.Year;
        string Symbol(int n) => SymbolPattern.Render(pattern ?? SymbolPattern.Default, format, body, year, series, n);

        if (number is { } asked)
        {
            await RequireFreeAsync(db, Symbol(asked), ct);
            return new DocumentNaming(meeting.Id, meeting.BodyId, meeting.BodyName, Symbol(asked), series, asked, year);
        }

        var last = await db.Documents.AsNoTracking()
            .Where(d => d.BodyId == meeting.BodyId && d.BodyName == meeting.BodyName && d.Year == year && d.Series == series && d.Suffix == SymbolSuffix.None)
            .MaxAsync(d => (int?)d.Number, ct) ?? 0;
        // Documents registered in this same unit of work (two statements published at one close) count too.
        var pending = db.Documents.Local.Where(d => d.BodyId == meeting.BodyId && d.BodyName == meeting.BodyName && d.Year == year && d.Series == series)
            .Select(d => d.Number).DefaultIfEmpty(0).Max();
        last = Math.Max(last, pending);
        // A pattern changed during the year may have used a number under another form: skip what is taken.
        var next = last + 1;
        for (var symbol = Symbol(next); await db.Documents.AnyAsync(d => d.Symbol == symbol, ct) || db.Documents.Local.Any(d => d.Symbol == symbol); symbol = Symbol(next))
        {
            next++;
        }

        return new DocumentNaming(meeting.Id, meeting.BodyId, meeting.BodyName, Symbol(next), series, next, year);
    }

    /// <summary>The next revision (replacing the current one), corrigendum or addendum (attached to <paramref name="target"/>).</summary>
    public static async Task<DocumentNaming> SuffixedAsync(StatementsDbContext db, RegisteredDocument target, SymbolSuffix suffix, CancellationToken ct)
    {
        if (suffix == SymbolSuffix.Rev)
        {
            if (target.SupersededBySymbol is { } newer)
            {
                throw new DomainException(DomainErrorKind.Conflict, "document.superseded",
                    $"{target.Symbol} was replaced by {newer}: revise the current version.", new Dictionary<string, object?> { ["current"] = newer });
            }

            var revisions = await db.Documents.AsNoTracking().Where(d => d.BaseSymbol == target.BaseSymbol && d.Suffix == SymbolSuffix.Rev).MaxAsync(d => (int?)d.SuffixNumber, ct) ?? 0;
            var naming = Naming(target, SymbolSuffix.Rev, revisions + 1, target.BaseSymbol);
            await RequireFreeAsync(db, SymbolPattern.WithSuffix(target.BaseSymbol, SymbolSuffix.Rev, revisions + 1), ct);
            return naming;
        }

        var count = await db.Documents.AsNoTracking().CountAsync(d => d.ParentId == target.Id && d.Suffix == suffix, ct);
        await RequireFreeAsync(db, SymbolPattern.WithSuffix(target.Symbol, suffix, count + 1), ct);
        return Naming(target, suffix, count + 1, target.Symbol);
    }

    private static DocumentNaming Naming(RegisteredDocument target, SymbolSuffix suffix, int n, string stem) =>
        new(target.MeetingId, target.BodyId, target.BodyName, target.BaseSymbol, target.Series, target.Number, target.Year, suffix, n, target.Id, stem);

    public static async Task RequireFreeAsync(StatementsDbContext db, string symbol, CancellationToken ct)
    {
        if (await db.Documents.AsNoTracking().Where(d => d.Symbol == symbol).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct) is { } holder)
        {
            throw Clash(symbol, holder);
        }
    }

    public static DomainException Clash(string symbol, Guid? holder = null) =>
        new(DomainErrorKind.Conflict, "document.symbol-taken", $"The symbol {symbol} is already registered.",
            new Dictionary<string, object?> { ["symbol"] = symbol, ["documentId"] = holder });
}
