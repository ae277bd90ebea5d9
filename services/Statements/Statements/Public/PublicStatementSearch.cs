using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// An observer's search of the published statements (<c>GET /public/statements</c>), bound from the query string:
/// words of the title and text in any of its languages, year, format (<c>C5+X</c>: any partner), partner, a signatory, kind, language, the
/// meeting that published them, and the page. Empty filters do not narrow it.
/// </summary>
public sealed record PublicStatementSearch
{
    [FromQuery(Name = "q")] public string? Q { get; init; }

    [FromQuery(Name = "year")] public int? Year { get; init; }

    [FromQuery(Name = "format")] public string? Format { get; init; }

    [FromQuery(Name = "partner")] public string? Partner { get; init; }

    [FromQuery(Name = "party")] public string? Party { get; init; }

    [FromQuery(Name = "kind")] public string? Kind { get; init; }

    [FromQuery(Name = "language")] public string? Language { get; init; }

    [FromQuery(Name = "page"), DefaultValue(1)] public int? Page { get; init; }

    [FromQuery(Name = "pageSize"), DefaultValue(20)] public int? PageSize { get; init; }

    [FromQuery(Name = "meetingId")] public Guid? MeetingId { get; init; }

    /// <summary>The page asked for: 20 statements a page unless said.</summary>
    public Paging Paging => new(Page ?? 1, PageSize ?? 20);

    /// <summary>The search as asked, or a 400 naming what is wrong: the paging, the kind, the language.</summary>
    public PublicStatementSearch Checked()
    {
        Paging.Require(PublicEndpoints.MaxPageSize, "public.paging");
        _ = KindAsked;
        _ = LanguageAsked;
        return this;
    }

    /// <summary>The kind asked, by its name or a spelling of it (<c>joint-statement</c>, <c>chairmans_statement</c>); null: any.</summary>
    public StatementKind? KindAsked => string.IsNullOrWhiteSpace(Kind) ? null : ParseKind(Kind);

    /// <summary>The language whose text the statements must have (every statement has English: null for en or none).</summary>
    public string? LanguageAsked => (Language?.Trim().ToLowerInvariant()) switch
    {
        null or "" or "en" => null,
        { } code when Languages.StatementLanguages.All.Contains(code) => code,
        _ => throw new DomainException(DomainErrorKind.Invalid, "public.language", $"language is one of {string.Join(", ", Languages.StatementLanguages.All)}."),
    };

    /// <summary>The published statements this search finds, unordered.</summary>
    public IQueryable<PublishedStatement> Filter(IQueryable<PublishedStatement> query)
    {
        foreach (var word in (Q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(10))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }

        if (Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        if (MeetingId is { } meeting)
        {
            query = query.Where(p => p.MeetingId == meeting);
        }

        if (Upper(Format) is { } format)
        {
            query = format == "C5+X" ? query.Where(p => p.Partner != null) : query.Where(p => p.Format == format);
        }

        if (Upper(Partner) is { } partner)
        {
            query = query.Where(p => p.Partner == partner);
        }

        if (Upper(Party) is { } party)
        {
            var bars = $"|{party}|";
            query = query.Where(p => p.Signatories.Contains(bars));
        }

        if (KindAsked?.ToString() is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        return LanguageAsked switch
        {
            null => query,
            "ru" => query.Where(p => p.HasRussian),
            var other => query.Where(p => p.OtherLanguages.Contains($"|{other}|")),
        };
    }

    private static string? Upper(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    private static StatementKind ParseKind(string kind)
    {
        var compact = kind.Replace("-", "").Replace("_", "").Replace("'", "").Trim();
        return Enum.TryParse<StatementKind>(compact, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "public.kind",
                $"kind is one of {string.Join(", ", Enum.GetNames<StatementKind>())} (or joint-statement, chairmans-statement, ...).");
    }
}
