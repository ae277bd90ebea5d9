namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// The headers every reply carries: a strict Content-Security-Policy (nothing loads but what the page itself names),
/// nosniff, no framing, no referrer to other sites. Inline styles are allowed only by the hash of the exact text a
/// module registered (<see cref="AllowStyle"/>); the API reference page gets its own policy for its bundled script.
/// </summary>
public static class SecurityHeaders
{
    private static readonly ConcurrentDictionary<string, byte> StyleHashes = new();

    /// <summary>
    /// The reference page runs its own bundled script: only scripts from this host or carrying the page's one-time
    /// nonce run. Its styles are set by that script, so inline styles are allowed there (and only there).
    /// </summary>
    public static string ReferencePolicy(string? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    /// <summary>Allows exactly this inline <c>&lt;style&gt;</c> text on the service's pages.</summary>
    public static string AllowStyle(string css)
    {
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'";
        StyleHashes.TryAdd(hash, 0);
        return hash;
    }

    public static string PagePolicy =>
        $"default-src 'none'; style-src {(StyleHashes.IsEmpty ? "'none'" : string.Join(' ', StyleHashes.Keys.Order()))}; img-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
                    ? ReferencePolicy(context.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] as string)
                    : PagePolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
