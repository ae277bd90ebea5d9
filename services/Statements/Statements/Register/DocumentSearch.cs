using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.Statements.Register;

/// <summary>
/// A search of the register, bound from the query string: <c>q</c> (words of the titles and the text, full-text),
/// <c>symbol</c> (part of a symbol), <c>body</c> (part of the body's name), <c>year</c>, <c>meetingId</c>, <c>kind</c>,
/// and the page. Empty filters do not narrow it.
/// </summary>
public sealed record DocumentSearch
{
    [FromQuery(Name = "q")] public string? Q { get; init; }

    [FromQuery(Name = "symbol")] public string? Symbol { get; init; }

    [FromQuery(Name = "body")] public string? Body { get; init; }

    [FromQuery(Name = "year")] public int? Year { get; init; }

    [FromQuery(Name = "meetingId")] public Guid? MeetingId { get; init; }

    [FromQuery(Name = "kind")] public DocumentKind? Kind { get; init; }

    [FromQuery(Name = "page"), DefaultValue(1)] public int? Page { get; init; }

    [FromQuery(Name = "pageSize"), DefaultValue(20)] public int? PageSize { get; init; }

    public const int MaxPageSize = 100;

    /// <summary>The page asked for: 20 documents a page unless said.</summary>
    public Paging Paging => new(Page ?? 1, PageSize ?? 20);

    public DocumentSearch Checked()
    {
        Paging.Require(MaxPageSize, "register.paging");
        DomainException.RequireYear("year", Year);
        return this;
    }

    public IQueryable<RegisteredDocument> Filter(StatementsDbContext db, IQueryable<RegisteredDocument> query)
    {
        query = FullText(db, query, SearchTerms.Of(Q));
        if (!string.IsNullOrWhiteSpace(Symbol))
        {
            var symbol = Symbol.Trim().ToUpperInvariant();
            query = query.Where(d => d.Symbol.ToUpper().Contains(symbol));
        }

        if (!string.IsNullOrWhiteSpace(Body))
        {
            var body = Body.Trim().ToLowerInvariant();
            query = query.Where(d => d.BodyName.ToLower().Contains(body) || d.Symbol.ToLower().Contains("/" + body + "/"));
        }

        if (Year is { } year)
        {
            query = query.Where(d => d.Year == year);
        }

        if (MeetingId is { } meeting)
        {
            query = query.Where(d => d.MeetingId == meeting);
        }

        return Kind is { } kind ? query.Where(d => d.Kind == kind) : query;
    }

    /// <summary>
    /// Words of titles and text: SQLite's FTS5 table <c>RegisterSearch</c> (kept by triggers), PostgreSQL's
    /// <c>tsvector</c> column <c>SearchVector</c> (generated, GIN-indexed), both by word prefix; SQL Server a LIKE on
    /// the normalised text (its full-text search needs a catalogue the deploy scripts do not create).
    /// </summary>
    public static IQueryable<RegisteredDocument> FullText(StatementsDbContext db, IQueryable<RegisteredDocument> query, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return query;
        }

        if (db.Database.IsSqlite())
        {
            var match = string.Join(" ", terms.Select(t => $"\"{t}\"*"));
            var ids = db.Database.SqlQuery<Guid>($"SELECT \"DocumentId\" AS \"Value\" FROM \"RegisterSearch\" WHERE \"RegisterSearch\" MATCH {match}");
            return query.Where(d => ids.Contains(d.Id));
        }

        if (db.Database.IsNpgsql())
        {
            var tsquery = string.Join(" & ", terms.Select(t => t + ":*"));
            var ids = db.Database.SqlQuery<Guid>($"SELECT \"Id\" AS \"Value\" FROM \"RegisterDocuments\" WHERE \"SearchVector\" @@ to_tsquery('simple', {tsquery})");
            return query.Where(d => ids.Contains(d.Id));
        }

        foreach (var term in terms)
        {
            query = query.Where(d => d.SearchText.Contains(term));
        }

        return query;
    }
}
