namespace SummitCoordination.Statements.Register;

/// <summary>
/// The register's files in a directory (<c>Register:StoragePath</c>, by default <c>./data/documents</c>): each written
/// to a temporary name and renamed, so a crash leaves no half file under a key.
/// </summary>
public sealed class FileSystemDocumentStore : IDocumentStore
{
    private readonly string _root;

    public FileSystemDocumentStore(RegisterSettings settings, IConfiguration configuration)
    {
        _root = Path.GetFullPath(settings.StoragePath ?? Path.Combine(configuration["Database:DataDirectory"] ?? "data", "documents"));
        Directory.CreateDirectory(_root);
    }

    /// <summary>The directory the files are in.</summary>
    public string Root => _root;

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = path + ".part";
        try
        {
            await using (var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(part, path);
        }
        finally
        {
            File.Delete(part);
        }
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path);
        var directory = Path.GetDirectoryName(path)!;
        if (directory != _root && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }

        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"The key '{key}' leaves the store's directory.", nameof(key));
    }
}
