using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>Data annotations of a settings object and of the settings objects it holds, each failure named by its key.</summary>
public sealed class SectionValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object value, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.DefaultIfEmpty("");
            failures.AddRange(members.Select(member => $"{(member.Length == 0 ? path : $"{path}:{member}")}: {result.ErrorMessage}"));
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && IsSettings(p.PropertyType)))
        {
            if (property.GetValue(value) is { } nested)
            {
                Collect(nested, $"{path}:{property.Name}", failures);
            }
        }
    }

    private static bool IsSettings(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("SummitCoordination", StringComparison.Ordinal) == true;
}
