namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>What kind of rule a request broke; <see cref="ProblemDetailsMapping"/> turns each into one status code.</summary>
public enum DomainErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,

    /// <summary>The request named a version (If-Match) the thing has moved on from.</summary>
    PreconditionFailed,

    /// <summary>The request's content is larger than the service takes (an upload over its limit).</summary>
    TooLarge,

    /// <summary>The request's content is of a type the service does not take (an upload that is not one of its formats).</summary>
    UnsupportedMediaType,
}

/// <summary>A domain rule refused the change. Raised by domain methods, answered as problem details.</summary>
public class DomainException(DomainErrorKind kind, string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    public DomainErrorKind Kind { get; } = kind;

    /// <summary>A stable machine-readable code, e.g. <c>meeting.illegal-transition</c>.</summary>
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>A query or route value out of its range: 400 with the field named, like a body validation error.</summary>
    public static DomainException InvalidField(string field, string message) =>
        new(DomainErrorKind.Invalid, "request.invalid", $"{field}: {message}",
            new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    /// <summary>Refuses a year outside the window every date of the service lives in (1990–2100).</summary>
    public static void RequireYear(string field, int? year)
    {
        if (year is < 1990 or > 2100)
        {
            throw InvalidField(field, "A year from 1990 to 2100.");
        }
    }

    public static DomainException NotFound(string what, object id) =>
        new(DomainErrorKind.NotFound, $"{what.ToLowerInvariant()}.not-found", $"{what} '{id}' was not found.");
}
