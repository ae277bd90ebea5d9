namespace SummitCoordination.Statements.Register;

public sealed record UploadFile(Guid DocumentId, string? Language, string? FileName, Stream Content, ClaimsPrincipal User);

/// <summary>
/// Takes a file for one language of a document as its next version. The body is copied to a staging file while its
/// SHA-256 is computed and its size counted (beyond <see cref="RegisterSettings.MaxFileBytes"/>: 413 at once); its
/// format is read from its content (else 415); then it is put in the store and its row saved. A refusal or a failed
/// save leaves nothing behind: the staging file is always removed, the stored file removed when the row is not saved.
/// </summary>
public sealed class UploadFileHandler(StatementsDbContext db, TimeProvider clock, IDocumentStore store, RegisterSettings settings)
    : IHandler<UploadFile, DocumentFile>
{
    public static readonly IReadOnlyList<string> Languages = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

    public async Task<DocumentFile> HandleAsync(UploadFile request, CancellationToken cancellationToken)
    {
        var language = (request.Language ?? "").Trim().ToLowerInvariant();
        if (!Languages.Contains(language))
        {
            throw DomainException.InvalidField("language", $"One of {string.Join(", ", Languages)}.");
        }

        var document = await db.Documents.Include(d => d.Files).SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
            ?? throw DomainException.NotFound("Document", request.DocumentId);
        var staging = Path.Combine(Path.GetTempPath(), $"summit-upload-{Guid.NewGuid():N}");
        try
        {
            var (bytes, sha256) = await StageAsync(request.Content, staging, settings.MaxFileBytes, cancellationToken);
            var format = FileFormats.Detect(staging);
            var text = TextExtraction.From(staging, format);
            var fileId = Guid.NewGuid();
            var upload = new StoredUpload(fileId, $"{document.Id:N}/{fileId:N}{FileFormats.Extension(format)}", format, bytes, sha256);
            await using (var staged = File.OpenRead(staging))
            {
                await store.PutAsync(upload.StorageKey, staged, cancellationToken);
            }

            try
            {
                var file = document.AddFile(upload, language, FileNameOf(request.FileName, document, language, format), text,
                    clock.GetUtcNow().UtcDateTime, request.User.Actor());
                await db.SaveChangesAsync(cancellationToken);
                return file;
            }
            catch
            {
                await store.DeleteAsync(upload.StorageKey, CancellationToken.None);
                throw;
            }
        }
        finally
        {
            File.Delete(staging);
        }
    }

    public static DomainException TooLarge(long max) =>
        new(DomainErrorKind.TooLarge, "document.file-too-large", $"A file may be at most {max} bytes ({max / (1024.0 * 1024):0.#} MB).",
            new Dictionary<string, object?> { ["maxBytes"] = max });

    private static async Task<(long Bytes, string Sha256)> StageAsync(Stream content, string path, long max, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > max)
            {
                throw TooLarge(max);
            }

            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The name the file is downloaded under: the one given (its last segment, printable, at most 200 characters), else one from the symbol.</summary>
    private static string FileNameOf(string? given, RegisteredDocument document, string language, FileFormat format)
    {
        var name = Path.GetFileName((given ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (name.Length is 0 or > 200)
        {
            name = $"{document.Symbol.Replace('/', '_')}-{language}{FileFormats.Extension(format)}";
        }

        return name;
    }
}
