namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>What kind of rule a request broke; <see cref="ProblemDetailsMapping"/> turns each into one status code.</summary>
public enum DomainErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>A domain rule refused the change. Raised by domain methods, answered as problem details.</summary>
public class DomainException(DomainErrorKind kind, string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    public DomainErrorKind Kind { get; } = kind;

    /// <summary>A stable machine-readable code, e.g. <c>meeting.illegal-transition</c>.</summary>
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    public static DomainException NotFound(string what, object id) =>
        new(DomainErrorKind.NotFound, $"{what.ToLowerInvariant()}.not-found", $"{what} '{id}' was not found.");
}
