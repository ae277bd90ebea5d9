using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>The one place where an exception becomes a status code and an RFC 9457 body.</summary>
public sealed class ProblemDetailsMapping(IProblemDetailsService problemDetails, ILogger<ProblemDetailsMapping> logger) : IExceptionHandler
{
    public static int StatusFor(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        DomainErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        DomainErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainException domain => FromDomain(domain),
            BadHttpRequestException bad => RequestErrors.From(bad),
            _ when StorageFaults.IsTransient(exception) => StorageFaults.Problem(httpContext),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Someone else changed this at the same time.",
                Detail = "Read it again and retry.",
                Extensions = { ["code"] = "concurrency-conflict" },
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "A write met a storage fault and was refused with 503: {Message}", exception.GetBaseException().Message);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromDomain(DomainException domain)
    {
        var problem = new ProblemDetails
        {
            Status = StatusFor(domain.Kind),
            Title = domain.Kind switch
            {
                DomainErrorKind.NotFound => "Not found.",
                DomainErrorKind.Conflict => "The change conflicts with the current state.",
                DomainErrorKind.Forbidden => "Not allowed for this caller.",
                DomainErrorKind.PreconditionFailed => "The thing changed since the version named.",
                DomainErrorKind.TooLarge => "The content is too large.",
                DomainErrorKind.UnsupportedMediaType => "The content is not of a type taken here.",
                _ => "The request breaks a rule.",
            },
            Detail = domain.Message,
            Type = $"https://summit-coordination.example/problems/{domain.Code}",
        };
        problem.Extensions["code"] = domain.Code;
        foreach (var (key, value) in domain.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
