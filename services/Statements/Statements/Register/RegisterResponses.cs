namespace SummitCoordination.Statements.Register;

/// <summary>A document as the register shows it: its symbol, titles, meeting and item, distribution, its files and its family (revisions, corrigenda, addenda).</summary>
public sealed record DocumentResponse(
    Guid Id,
    string Symbol,
    string BaseSymbol,
    string Series,
    int Number,
    int Year,
    SymbolSuffix Suffix,
    int SuffixNumber,
    Guid? ParentId,
    Guid? SupersededById,
    string? SupersededBySymbol,
    DocumentKind Kind,
    string Title,
    string? TitleRu,
    Guid MeetingId,
    string? MeetingTitle,
    string BodyName,
    Guid? ItemId,
    string? ItemTitle,
    Guid? StatementId,
    DistributionLevel Level,
    IReadOnlyList<string> Recipients,
    DateOnly DocumentDate,
    DateOnly? DerestrictOn,
    DateTime? DerestrictedUtc,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<string> Languages,
    IReadOnlyList<DocumentFileResponse> Files,
    IReadOnlyList<RelatedDocument> Family)
{
    public static DocumentResponse From(RegisteredDocument d, string? meetingTitle, string filesPath, IReadOnlyList<RelatedDocument>? family = null) => new(
        d.Id, d.Symbol, d.BaseSymbol, d.Series, d.Number, d.Year, d.Suffix, d.SuffixNumber, d.ParentId, d.SupersededById, d.SupersededBySymbol,
        d.Kind, d.Title, d.TitleRu, d.MeetingId, meetingTitle, d.BodyName, d.ItemId, d.ItemTitle, d.StatementId, d.Level, d.Recipients,
        d.DocumentDate, d.DerestrictOn, d.DerestrictedUtc, d.CreatedUtc, d.UpdatedUtc,
        d.Files.Select(f => f.Language).Distinct().Order(StringComparer.Ordinal).ToList(),
        d.Files.OrderBy(f => f.Language, StringComparer.Ordinal).ThenByDescending(f => f.Version)
            .Select(f => DocumentFileResponse.From(f, d.Current.Contains(f), $"{filesPath}/{d.Id}/files/{f.Id}")).ToList(),
        family ?? []);
}

public sealed record DocumentFileResponse(Guid Id, string Language, int Version, bool Current, string FileName, FileFormat Format, string MediaType,
    long Bytes, string Sha256, bool TextIndexed, DateTime UploadedUtc, string Download)
{
    public static DocumentFileResponse From(DocumentFile f, bool current, string download) =>
        new(f.Id, f.Language, f.Version, current, f.FileName, f.Format, f.MediaType, f.Bytes, f.Sha256, f.Text is not null, f.UploadedUtc, download);
}

/// <summary>Another document of the same paper (same base symbol) that the caller may read.</summary>
public sealed record RelatedDocument(Guid Id, string Symbol, SymbolSuffix Suffix, bool Superseded);

/// <summary>A line of the register's list.</summary>
public sealed record DocumentSummary(Guid Id, string Symbol, DocumentKind Kind, string Title, string? TitleRu, Guid MeetingId, string BodyName,
    int Year, DistributionLevel Level, DateOnly DocumentDate, DateOnly? DerestrictOn, string? SupersededBySymbol, IReadOnlyList<string> Languages);

public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, int Total, int Page, int PageSize);

public sealed record BodyPatternResponse(Guid BodyId, string Pattern, bool IsDefault, string Example);
