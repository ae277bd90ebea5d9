namespace SummitCoordination.Statements.Register;

/// <summary>
/// One version of one language of a document: the file itself lies in the <see cref="IDocumentStore"/> under
/// <see cref="StorageKey"/>, with its SHA-256; the text drawn from it (if any) is kept for search.
/// </summary>
public sealed class DocumentFile
{
    public const int MaxText = 200_000;

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public string Language { get; private set; } = "";
    public int Version { get; private set; }
    public string FileName { get; private set; } = "";
    public FileFormat Format { get; private set; }
    public long Bytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";

    /// <summary>The text drawn from the file for search; null when none could be (a PDF whose text is not plain).</summary>
    public string? Text { get; private set; }
    public DateTime UploadedUtc { get; private set; }
    public string UploadedBy { get; private set; } = "";

    private DocumentFile()
    {
    }

    public static DocumentFile Make(Guid documentId, string language, int version, string fileName, StoredUpload upload, string? text, DateTime nowUtc, string actor) => new()
    {
        Id = upload.FileId,
        DocumentId = documentId,
        Language = language,
        Version = version,
        FileName = fileName,
        Format = upload.Format,
        Bytes = upload.Bytes,
        Sha256 = upload.Sha256,
        StorageKey = upload.StorageKey,
        Text = text is null ? null : text.Length > MaxText ? text[..MaxText] : text,
        UploadedUtc = nowUtc,
        UploadedBy = actor,
    };

    public string MediaType => FileFormats.MediaType(Format);
}
