namespace SummitCoordination.Web.Services;

/// <summary>A page of the document register as Statements answers it (public, or as the signed-in person may read it).</summary>
public sealed record RegisterPage(IReadOnlyList<RegisterSummary> Items, int Total, int Page, int PageSize);

public sealed record RegisterSummary(Guid Id, string Symbol, string Kind, string Title, string? TitleRu, Guid MeetingId, string BodyName, int Year,
    string Level, DateOnly DocumentDate, DateOnly? DerestrictOn, string? SupersededBySymbol, IReadOnlyList<string> Languages)
{
    public string TitleShown => Display.IsRussian && !string.IsNullOrWhiteSpace(TitleRu) ? TitleRu : Title;
}

public sealed record RegisterDocument(Guid Id, string Symbol, string Kind, string Title, string? TitleRu, Guid MeetingId, string? MeetingTitle,
    string BodyName, string? ItemTitle, string Level, IReadOnlyList<string> Recipients, DateOnly DocumentDate, DateOnly? DerestrictOn,
    DateTime? DerestrictedUtc, Guid? SupersededById, string? SupersededBySymbol, IReadOnlyList<string> Languages, IReadOnlyList<RegisterFile> Files,
    IReadOnlyList<RegisterRelated> Family, Guid? ItemId = null)
{
    public string TitleShown => Display.IsRussian && !string.IsNullOrWhiteSpace(TitleRu) ? TitleRu : Title;
}

public sealed record RegisterFile(Guid Id, string Language, int Version, bool Current, string FileName, string Format, long Bytes, string Sha256,
    bool TextIndexed, DateTime UploadedUtc);

public sealed record RegisterRelated(Guid Id, string Symbol, string Suffix, bool Superseded);

/// <summary>What the register page searches by (its query string).</summary>
public sealed record RegisterSearch(string? Q = null, string? Symbol = null, string? Body = null, int? Year = null, int Page = 1,
    Guid? MeetingId = null, string? Kind = null)
{
    public string ToQueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Q);
        Add("symbol", Symbol);
        Add("body", Body);
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("meetingId", MeetingId?.ToString());
        Add("kind", Kind);
        var p = page ?? Page;
        if (p > 1)
        {
            parts.Add($"page={p}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

/// <summary>What the secretariat says of a document when it registers it (<c>POST /api/register/documents</c>).</summary>
public sealed record DocumentRegistration(Guid MeetingId, string Kind, string Title, string? TitleRu, string Level, IReadOnlyList<string>? Recipients,
    DateOnly? DocumentDate, DateOnly? DerestrictOn, Guid? ItemId, string? ItemTitle, string? Series);

/// <summary>What the secretariat may change of a document (<c>PUT /api/register/documents/{id}</c>): all of it is sent.</summary>
public sealed record DocumentEdit(string Kind, string Title, string? TitleRu, string Level, IReadOnlyList<string>? Recipients, DateOnly DocumentDate,
    DateOnly? DerestrictOn, Guid? ItemId, string? ItemTitle);

/// <summary>A revision (<c>Rev</c>), corrigendum (<c>Corr</c>) or addendum (<c>Add</c>); what is not given is the document's.</summary>
public sealed record DocumentSuffixRequest(string Suffix, DateOnly? DocumentDate);

/// <summary>A body's symbol pattern, whether it is the default, and a symbol it gives (<c>GET /api/register/bodies/{id}</c>).</summary>
public sealed record SymbolPatternView(Guid BodyId, string Pattern, bool IsDefault, string Example);

public sealed record SymbolPatternRequest(string Pattern);
