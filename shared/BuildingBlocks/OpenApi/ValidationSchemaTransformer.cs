using System.Globalization;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace SummitCoordination.BuildingBlocks.OpenApi;

/// <summary>
/// Carries the FluentValidation rules of a request type into its schema, so the document says what the service
/// enforces: an unconditional NotNull/NotEmpty makes a field required and not nullable; lengths, patterns, ranges
/// and comparisons with constants become minLength/maxLength, pattern, minimum/maximum. Rules with a condition
/// (When/Unless) or that need the database are described only by the 400 the operation may answer.
/// </summary>
public sealed class ValidationSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly ConcurrentDictionary<Type, IValidatorDescriptor?> Descriptors = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(TimeOnly))
        {
            // JSON Schema's "time" wants an offset; the service writes and reads local clock times such as 08:00:00.
            schema.Format = null;
            schema.Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$";
            return Task.CompletedTask;
        }

        if (schema.Type is null && schema.Format is "date-time" or "date")
        {
            // Instants read by the service's own converters: still JSON strings.
            schema.Type = JsonSchemaType.String;
        }

        if (context.JsonPropertyInfo?.Name == "timeZone" && schema.Type?.HasFlag(JsonSchemaType.String) == true)
        {
            schema.Pattern = TimeZones.Pattern;
            schema.MaxLength = TimeZones.MaxLength;
            schema.Description ??= "An IANA time zone id, such as Asia/Almaty.";
        }

        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }

        var descriptor = Descriptors.GetOrAdd(type, t => Describe(context.ApplicationServices, t));
        if (type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            // The framework marks every constructor parameter required, but the service reads a missing field as null:
            // a request field is required exactly when its validator says so, without a condition.
            schema.Required?.Clear();
        }

        if (descriptor is null)
        {
            return Task.CompletedTask;
        }

        foreach (var rules in descriptor.GetMembersWithValidators().Where(r => !string.IsNullOrEmpty(r.Key) && !r.Key.Contains('.')))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(rules.Key);
            if (!schema.Properties.TryGetValue(name, out var found) || found is not OpenApiSchema property)
            {
                continue;
            }

            foreach (var (validator, component) in rules)
            {
                if (component.HasCondition || component.HasAsyncCondition)
                {
                    continue;
                }

                Apply(schema, name, property, validator);
            }
        }

        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema owner, string name, OpenApiSchema property, IPropertyValidator validator)
    {
        switch (validator)
        {
            case INotNullValidator:
                Require(owner, name, property);
                break;
            case INotEmptyValidator:
                Require(owner, name, property);
                if (property.Type?.HasFlag(JsonSchemaType.String) == true)
                {
                    property.MinLength = Math.Max(property.MinLength ?? 0, 1);
                }
                else if (property.Type?.HasFlag(JsonSchemaType.Array) == true)
                {
                    property.MinItems = Math.Max(property.MinItems ?? 0, 1);
                }

                break;
            case ILengthValidator length:
                if (length.Max > 0)
                {
                    property.MaxLength = length.Max;
                }

                if (length.Min > 0)
                {
                    property.MinLength = length.Min;
                }

                break;
            case IRegularExpressionValidator regex:
                property.Pattern = regex.Expression;
                break;
            case IBetweenValidator between when IsNumber(between.From) && IsNumber(between.To):
                property.Minimum = Number(between.From);
                property.Maximum = Number(between.To);
                if (validator.Name == "ExclusiveBetweenValidator")
                {
                    property.ExclusiveMinimum = property.Minimum;
                    property.ExclusiveMaximum = property.Maximum;
                    property.Minimum = property.Maximum = null;
                }

                break;
            case IComparisonValidator comparison when comparison.MemberToCompare is null && IsNumber(comparison.ValueToCompare):
                var value = Number(comparison.ValueToCompare);
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThanOrEqual:
                        property.Minimum = value;
                        break;
                    case Comparison.GreaterThan:
                        property.ExclusiveMinimum = value;
                        break;
                    case Comparison.LessThanOrEqual:
                        property.Maximum = value;
                        break;
                    case Comparison.LessThan:
                        property.ExclusiveMaximum = value;
                        break;
                }

                break;
        }
    }

    private static void Require(OpenApiSchema owner, string name, OpenApiSchema property)
    {
        owner.Required ??= new HashSet<string>();
        owner.Required.Add(name);
        if (property.Type is { } type && type != JsonSchemaType.Null)
        {
            property.Type = type & ~JsonSchemaType.Null;
        }
    }

    private static bool IsNumber(object? value) => value is int or long or short or decimal or double or float;

    private static string Number(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static IValidatorDescriptor? Describe(IServiceProvider services, Type type)
    {
        using var scope = services.CreateScope();
        var validator = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;
        return validator?.CreateDescriptor();
    }
}
