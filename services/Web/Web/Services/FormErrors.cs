namespace SummitCoordination.Web.Services;

/// <summary>
/// A refusal laid out on a form (issue 19, point 12): each error of the problem details is shown next to the field it
/// concerns (its <c>errors</c> key, indexes and paths dropped, or the refusal's <c>code</c>, mapped to one of the form's
/// fields), written from the resources in the page's language when they know the field (<c>Problem.Field.{key}</c>) or
/// the code (<c>Problem.Code.{code}</c>), else in the service's own words. What concerns no field stays with the form,
/// next to its button.
/// </summary>
public sealed class FormErrors(IStringLocalizer localizer)
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    /// <summary>A refusal that concerns the form as a whole.</summary>
    public string? Form { get; private set; }

    public bool Any => Form is not null || _fields.Count > 0;

    public string? this[string field] => _fields.GetValueOrDefault(field);

    /// <summary>The id of a field's message, for <c>aria-describedby</c>.</summary>
    public static string IdFor(string field) => $"{field}-error";

    /// <summary><c>aria-invalid</c> of a field: "true" while a refusal concerns it.</summary>
    public string? Invalid(string field) => this[field] is null ? null : "true";

    /// <summary><c>aria-describedby</c> of a field: its message while a refusal concerns it.</summary>
    public string? DescribedBy(string field) => this[field] is null ? null : IdFor(field);

    public void Clear()
    {
        _fields.Clear();
        Form = null;
    }

    /// <summary>A check the page makes itself before sending (a required field left empty), by its resource key.</summary>
    public void Require(string field, string resource) => _fields[field] = localizer[resource];

    /// <summary>
    /// Lays out a refusal. <paramref name="fields"/>: the service's field (camelCase, as in <c>errors</c>) → the form's field;
    /// <paramref name="codes"/>: a refusal's code → the form's field. <paramref name="name"/> writes a party code as a name,
    /// for the lists a refusal carries (the parties that may be named, say).
    /// </summary>
    public void Show(ApiProblem problem, IReadOnlyDictionary<string, string> fields, IReadOnlyDictionary<string, string>? codes = null,
        Func<string, string>? name = null)
    {
        Clear();
        foreach (var (key, messages) in problem.Errors)
        {
            var field = FieldOf(key);
            var text = Resource($"Problem.Field.{field}") ?? string.Join(" ", messages);
            if (fields.TryGetValue(field, out var formField))
            {
                _fields[formField] = _fields.TryGetValue(formField, out var earlier) && earlier != text ? $"{earlier} {text}" : text;
            }
            else
            {
                Form = Form is null ? text : $"{Form} {text}";
            }
        }

        if (problem.Errors.Count > 0)
        {
            return;
        }

        var words = problem.Code is { } code && Resource($"Problem.Code.{code}", Listed(problem, name)) is { } known ? known : problem.Detail ?? problem.Title;
        if (problem.Code is { } c && codes is not null && codes.TryGetValue(c, out var target))
        {
            _fields[target] = words;
        }
        else
        {
            Form = words;
        }
    }

    /// <summary><c>parties[0]</c> → <c>parties</c>; <c>entryIntoForce.rule</c> → <c>entryIntoForce</c>; camelCase.</summary>
    public static string FieldOf(string key)
    {
        var end = key.IndexOfAny(['[', '.']);
        var head = end < 0 ? key : key[..end];
        return head.Length == 0 ? head : char.ToLowerInvariant(head[0]) + head[1..];
    }

    private string? Resource(string key, params object[] args)
    {
        var text = localizer[key, args];
        return text.ResourceNotFound ? null : text.Value;
    }

    /// <summary>The first list a refusal carries (e.g. <c>eligible</c>), its codes written as names.</summary>
    private static string Listed(ApiProblem problem, Func<string, string>? name) =>
        problem.Lists.Count == 0 ? "" : string.Join(", ", problem.Lists.First().Value.Select(v => name is null ? v : name(v)));
}
