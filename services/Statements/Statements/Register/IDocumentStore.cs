namespace SummitCoordination.Statements.Register;

/// <summary>
/// Where the register keeps its files, outside the database, by key. <see cref="FileSystemDocumentStore"/> is the one
/// built (a directory); an S3-compatible store would be another implementation of this interface.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, whole or not at all.</summary>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The file under <paramref name="key"/>, or null if there is none.</summary>
    Stream? OpenRead(string key);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>A file taken in: its id and key in the store, its format, size and SHA-256 (lower-case hex).</summary>
public sealed record StoredUpload(Guid FileId, string StorageKey, FileFormat Format, long Bytes, string Sha256);
