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
    IReadOnlyList<RegisterRelated> Family)
{
    public string TitleShown => Display.IsRussian && !string.IsNullOrWhiteSpace(TitleRu) ? TitleRu : Title;
}

public sealed record RegisterFile(Guid Id, string Language, int Version, bool Current, string FileName, string Format, long Bytes, string Sha256,
    bool TextIndexed, DateTime UploadedUtc);

public sealed record RegisterRelated(Guid Id, string Symbol, string Suffix, bool Superseded);

/// <summary>What the register page searches by (its query string).</summary>
public sealed record RegisterSearch(string? Q = null, string? Symbol = null, string? Body = null, int? Year = null, int Page = 1)
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
        var p = page ?? Page;
        if (p > 1)
        {
            parts.Add($"page={p}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
