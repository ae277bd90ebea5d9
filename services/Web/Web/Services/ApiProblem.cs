namespace SummitCoordination.Web.Services;

/// <summary>A refusal from a service, as its RFC 9457 problem details said it: shown to the person in words.</summary>
public sealed record ApiProblem(int Status, string? Code, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<ConflictView> Conflicts)
{
    /// <summary>The lists of strings the refusal carries as extensions (e.g. <c>eligible</c>: the parties that may be named).</summary>
    public IReadOnlyDictionary<string, string[]> Lists { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The single values the refusal carries as extensions (e.g. <c>turnOf</c>: the state whose turn it is).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public string Message => Errors.Count > 0
        ? string.Join(" ", Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")))
        : Detail ?? Title;
}

public sealed class ApiException(ApiProblem problem) : Exception(problem.Message)
{
    public ApiProblem Problem { get; } = problem;
}

public sealed record ConflictView(string Code, string Message, bool Hard, Guid? OtherMeetingId, string? OtherMeetingTitle);
