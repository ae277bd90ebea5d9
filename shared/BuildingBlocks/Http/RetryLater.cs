using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>A refusal that passes (429 too many requests, 503 store unavailable): a <c>Retry-After</c> header and a detail saying when.</summary>
public static class RetryLater
{
    public static ProblemDetails Problem(HttpContext context, int status, int seconds, string title, string detail, string code)
    {
        context.Response.Headers.RetryAfter = seconds.ToString();
        return new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = $"{detail} Try again in {seconds} seconds.",
            Extensions = { ["code"] = code },
        };
    }
}
