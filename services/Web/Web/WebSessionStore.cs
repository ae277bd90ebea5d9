namespace SummitCoordination.Web;

/// <summary>One signed-in person's session, as the web instances share it (the ticket, protected by the shared keys).</summary>
public sealed class WebSession
{
    public string Key { get; set; } = "";
    public byte[] Value { get; set; } = [];
    public DateTime ExpiresUtc { get; set; }
}

/// <summary>
/// The sessions of signed-in people in the database the web instances share (<c>ConnectionStrings:DataProtection</c>),
/// so a person whose instance stops stays signed in on the other: <see cref="ServerSideTickets"/> keeps its tickets
/// here in place of each instance's memory. Entries expire absolutely (sessions do not slide); expired ones are never
/// read, and are cleared as new ones are written.
/// </summary>
public sealed class WebSessionStore(IServiceScopeFactory scopes, TimeProvider clock) : IDistributedCache
{
    /// <summary>How long a session lasts when its writer gives no expiry (the cookie's own lifetime).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        return await Db(scope).WebSessions.AsNoTracking().Where(s => s.Key == key && s.ExpiresUtc > now).Select(s => s.Value).SingleOrDefaultAsync(token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Db(scope);
        var now = clock.GetUtcNow();
        var expires = (options.AbsoluteExpiration ?? now + (options.AbsoluteExpirationRelativeToNow ?? DefaultLifetime)).UtcDateTime;
        await db.WebSessions.Where(s => s.ExpiresUtc <= now.UtcDateTime).ExecuteDeleteAsync(token);
        if (await db.WebSessions.SingleOrDefaultAsync(s => s.Key == key, token) is { } session)
        {
            (session.Value, session.ExpiresUtc) = (value, expires);
        }
        else
        {
            db.WebSessions.Add(new WebSession { Key = key, Value = value, ExpiresUtc = expires });
        }

        await db.SaveChangesAsync(token);
    }

    /// <summary>Sessions do not slide: nothing to refresh.</summary>
    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Db(scope).WebSessions.Where(s => s.Key == key).ExecuteDeleteAsync(token);
    }

    private static DataProtectionKeysContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<DataProtectionKeysContext>();
}
