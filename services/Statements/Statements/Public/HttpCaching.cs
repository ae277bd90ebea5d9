namespace SummitCoordination.Statements.Public;

/// <summary>
/// Conditional GET for public reads: a strong ETag per representation and a Last-Modified; a matching
/// <c>If-None-Match</c> (or, without one, an <c>If-Modified-Since</c> not older than the resource) gets 304 and no body.
/// </summary>
public static class HttpCaching
{
    /// <summary>The tag of a representation, from a text that names exactly what the body contains.</summary>
    public static string ETagFor(string representation) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(representation)))[..32]}\"";

    /// <summary>
    /// Sends <paramref name="response"/> or 304. A file (<paramref name="fileName"/>) is sent to be shown in the browser,
    /// under that name when saved; <paramref name="cacheControl"/> is "private, no-cache" for what only a caller may read.
    /// </summary>
    public static IResult Serve(HttpContext context, PublicResponse response, string? fileName = null, string cacheControl = "public, no-cache")
    {
        var utc = DateTime.SpecifyKind(response.LastModifiedUtc, DateTimeKind.Utc);
        var lastModified = new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)));
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(response.ETag);
        headers.LastModified = lastModified;
        context.Response.Headers.CacheControl = cacheControl;
        if (fileName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(fileName);
            headers.ContentDisposition = disposition;
        }

        context.Response.Headers.Vary = "Accept";

        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Tag == "*" || t.Tag.Value == response.ETag)
            : request.IfModifiedSince is { } since && lastModified <= since;
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(response.Body, response.ContentType);
    }
}
