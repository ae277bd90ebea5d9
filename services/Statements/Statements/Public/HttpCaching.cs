using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// Conditional GET for public reads: a strong ETag per representation and a Last-Modified; a matching
/// <c>If-None-Match</c> (or, without one, an <c>If-Modified-Since</c> not older than the resource) gets 304 and no body.
/// </summary>
public static class HttpCaching
{
    public static bool NotModified(HttpContext context, string representation, DateTime lastModifiedUtc)
    {
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(representation)))[..32]}\"";
        var lastModified = new DateTimeOffset(DateTime.SpecifyKind(lastModifiedUtc, DateTimeKind.Utc)).AddTicks(-(lastModifiedUtc.Ticks % TimeSpan.TicksPerSecond));
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(etag);
        headers.LastModified = lastModified;
        context.Response.Headers.CacheControl = "public, no-cache";
        context.Response.Headers.Vary = "Accept";

        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(t => t.Tag == "*" || t.Tag.Value == etag);
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    public static IResult NotModifiedResult() => Results.StatusCode(StatusCodes.Status304NotModified);
}
