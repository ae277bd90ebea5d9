using Microsoft.Extensions.Caching.Memory;

namespace SummitCoordination.Statements.Public;

/// <summary>A public read, ready to send: the body and the validators computed from exactly what it contains.</summary>
public sealed record PublicResponse(byte[] Body, string ContentType, string ETag, DateTime LastModifiedUtc);

/// <summary>
/// Rendered public reads kept in memory, keyed by the request and by the revision of the public data. Every save
/// that changes a published statement or a commitment moves the revision on after it commits
/// (<see cref="PublicDataChangedInterceptor"/>), so a reply is never served once the data behind it changed in this
/// process. Entries also expire after <see cref="Lifetime"/>: that bounds how stale a reply can be where several
/// Statements processes share one database (each only sees its own saves).
/// </summary>
public sealed class PublicReadCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private long _revision;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    /// <summary>Called after a commit that changed public data: every reply built before is built again.</summary>
    public void PublicDataChanged() => Interlocked.Increment(ref _revision);

    public async Task<PublicResponse> GetAsync(string key, Func<Task<PublicResponse>> build)
    {
        // Read the revision before the data: a save committing meanwhile moves it on, and the next read builds afresh.
        var entry = $"{Interlocked.Read(ref _revision)}|{key}";
        if (_cache.TryGetValue(entry, out PublicResponse? hit))
        {
            return hit!;
        }

        var built = await build();
        _cache.Set(entry, built, new MemoryCacheEntryOptions { Size = built.Body.Length + entry.Length, AbsoluteExpirationRelativeToNow = Lifetime });
        return built;
    }

    public void Dispose() => _cache.Dispose();
}
