using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// A query or route value bound to an enum is one of its names (<c>?layer=Leaders</c>). The framework's binding takes
/// any number (<c>?layer=99</c> became a layer that does not exist); JSON bodies already refuse numbers for enums.
/// </summary>
public static class EnumValues
{
    private static readonly ConcurrentDictionary<MethodInfo, (string Name, Type Enum)[]> Parameters = new();

    /// <summary>The enum parameters of a handler bound from the query or the route, by the name they are bound from.</summary>
    public static (string Name, Type Enum)[] Of(MethodInfo handler) => Parameters.GetOrAdd(handler, method => Bound(method)
        .Where(p => p.GetCustomAttribute<FromBodyAttribute>() is null && p.GetCustomAttribute<FromServicesAttribute>() is null
            && p.GetCustomAttribute<FromHeaderAttribute>() is null && p.Name is not null)
        .Select(p => (Name: p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name!,
            Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
        .Where(p => p.Type.IsEnum)
        .ToArray());

    /// <summary>The handler's parameters, with an <c>[AsParameters]</c> bundle (a search's filters) opened into the parameters of its constructor.</summary>
    private static IEnumerable<ParameterInfo> Bound(MethodInfo method) => method.GetParameters().SelectMany(p =>
        p.GetCustomAttribute<AsParametersAttribute>() is null
            ? [p]
            : p.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters());

    /// <summary>True when the text is exactly one of the enum's names, not a number or a list.</summary>
    public static bool IsName(Type enumType, string? value) => value is not null && Enum.GetNames(enumType).Contains(value, StringComparer.Ordinal);

    public static IApplicationBuilder UseDefinedEnumValues(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            foreach (var (name, type) in Of(handler))
            {
                var values = context.Request.Query.TryGetValue(name, out var query) ? query.ToArray()
                    : context.Request.RouteValues.TryGetValue(name, out var route) && route is string text ? [text] : [];
                if (values.FirstOrDefault(v => !string.IsNullOrEmpty(v) && !IsName(type, v)) is { } bad)
                {
                    throw DomainException.InvalidField(name, $"Not a valid value: '{bad}'. One of: {string.Join(", ", Enum.GetNames(type))}.");
                }
            }
        }

        return next(context);
    });
}
