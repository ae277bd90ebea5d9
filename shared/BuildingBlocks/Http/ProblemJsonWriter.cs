using Microsoft.AspNetCore.Http.Json;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the client's <c>Accept</c> says: a refusal is
/// a refusal in one shape (issue 9), and a client asking for HTML or XML still learns why.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        ProblemDefaults.Complete(context.ProblemDetails, response.StatusCode, context.HttpContext);
        return new ValueTask(response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(),
            json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}

/// <summary>A stable <c>code</c> and a <c>detail</c> on every problem, also on those the framework raises (401, 403, 404, 405, 415, 429, 500).</summary>
public static class ProblemDefaults
{
    public static void Complete(Microsoft.AspNetCore.Mvc.ProblemDetails problem, int statusCode, HttpContext context)
    {
        problem.Status ??= statusCode;
        var (code, title, detail) = problem.Status switch
        {
            400 => ("request.invalid", "The request is not valid.", "The request could not be accepted as sent; see errors."),
            401 => ("auth.unauthenticated", "Sign-in required.", "This needs a valid bearer token (or a private feed token in the URL)."),
            403 => ("auth.forbidden", "Not allowed for this caller.", "The caller's role may not do this."),
            404 => ("not-found", "Not found.", "Nothing is at this address, or the caller may not see it."),
            405 => ("method-not-allowed", "Method not allowed.", $"{context.Request.Method} is not allowed here."),
            406 => ("not-acceptable", "Not acceptable.", "This resource has no representation of the requested type."),
            409 => ("conflict", "Conflict.", "The change conflicts with the current state."),
            413 => ("request.too-large", "Request too large.", "The request body is larger than this service accepts."),
            415 => ("unsupported-media-type", "Unsupported media type.", "Send the body as application/json."),
            429 => ("rate-limited", "Too many requests.", "Wait for the time in Retry-After, then try again."),
            503 => ("unavailable", "Service unavailable.", "The service cannot take this now; try again after Retry-After."),
            _ => ("internal-error", "An unexpected error occurred.", "The error has been logged; the change, if any, was not made."),
        };
        problem.Title ??= title;
        problem.Detail ??= detail;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = code;
        }

        problem.Extensions.Remove("exception");
    }
}
