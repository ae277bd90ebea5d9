using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// A query or route value bound to a handler's parameter is checked before the handler runs, and a bad one is a 400
/// naming its field: an enum's value is one of its names (<c>?layer=Leaders</c>; the framework's binding takes any number,
/// <c>?layer=99</c> became a layer that does not exist), any other value parses as its type (<c>?year=abc</c>). The
/// endpoints' request delegates are generated at build time, and the generated binding answers a value of a nullable
/// type that does not parse with a bare 400 that names nothing; JSON bodies already refuse numbers for enums.
/// </summary>
public static class BoundValues
{
    private static readonly ConcurrentDictionary<MethodInfo, BoundValue[]> Parameters = new();

    /// <summary>The values of a handler bound from the query or the route that have a type to parse as, by the name they are bound from.</summary>
    public static BoundValue[] Of(MethodInfo handler) => Parameters.GetOrAdd(handler, method => Bound(method)
        .Where(p => p.Attribute<FromBodyAttribute>() is null && p.Attribute<FromServicesAttribute>() is null
            && p.Attribute<FromHeaderAttribute>() is null && p.Attribute<FromFormAttribute>() is null)
        .Select(p => BoundValue.For(p.Attribute<FromQueryAttribute>()?.Name ?? p.Attribute<FromRouteAttribute>()?.Name ?? p.Name, p.Type))
        .OfType<BoundValue>()
        .ToArray());

    /// <summary>
    /// The handler's parameters, with an <c>[AsParameters]</c> bundle (a search's filters) opened into the parameters of
    /// its constructor, or into its settable properties when it binds through them.
    /// </summary>
    private static IEnumerable<Parameter> Bound(MethodInfo method) => method.GetParameters().SelectMany(p =>
        p.GetCustomAttribute<AsParametersAttribute>() is null ? [Parameter.Of(p)] : Opened(p.ParameterType));

    private static IEnumerable<Parameter> Opened(Type bundle) =>
        bundle.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters() is { Length: > 0 } parameters
            ? parameters.Select(Parameter.Of)
            : bundle.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => new Parameter(p.Name, p.PropertyType, p));

    /// <summary>True when the text is exactly one of the enum's names, not a number or a list.</summary>
    public static bool IsName(Type enumType, string? value) => value is not null && Enum.GetNames(enumType).Contains(value, StringComparer.Ordinal);

    public static IApplicationBuilder UseCheckedBoundValues(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            foreach (var bound in Of(handler))
            {
                var values = context.Request.Query.TryGetValue(bound.Name, out var query) ? query.ToArray()
                    : context.Request.RouteValues.TryGetValue(bound.Name, out var route) && route is string text ? [text] : [];
                if (values.FirstOrDefault(v => !string.IsNullOrEmpty(v) && !bound.Accepts(v)) is { } bad)
                {
                    throw DomainException.InvalidField(bound.Name, bound.Refusal(bad));
                }
            }
        }

        return next(context);
    });

    /// <summary>A parameter (or a property of an <c>[AsParameters]</c> bundle), with its attributes.</summary>
    private sealed record Parameter(string Name, Type Type, ICustomAttributeProvider Attributes)
    {
        public static Parameter Of(ParameterInfo parameter) => new(parameter.Name ?? "", parameter.ParameterType, parameter);

        public T? Attribute<T>() where T : Attribute => Attributes.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
    }
}

/// <summary>A value bound from the query or the route, and the type (an enum, or one with <c>TryParse</c>) it must read as.</summary>
public sealed record BoundValue(string Name, Type Type)
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Parsers = new();

    /// <summary>The value to check for a parameter of this type, or null for one that is not parsed from text (a service, the user, a string).</summary>
    public static BoundValue? For(string name, Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element == typeof(string) || !(element.IsEnum || Parser(element) is not null) ? null : new BoundValue(name, element);
    }

    public bool Accepts(string value)
    {
        if (Type.IsEnum)
        {
            return BoundValues.IsName(Type, value);
        }

        var parser = Parser(Type)!;
        object?[] arguments = parser.GetParameters().Length == 3 ? [value, System.Globalization.CultureInfo.InvariantCulture, null] : [value, null];
        return parser.Invoke(null, arguments) is true;
    }

    public string Refusal(string value) => Type.IsEnum
        ? $"Not a valid value: '{value}'. One of: {string.Join(", ", Enum.GetNames(Type))}."
        : $"Not a valid value: '{value}'.";

    /// <summary>The type's <c>TryParse(string, IFormatProvider, out T)</c>, else its <c>TryParse(string, out T)</c>, as the framework's binding finds them.</summary>
    private static MethodInfo? Parser(Type type) => Parsers.GetOrAdd(type, t =>
        t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), t.MakeByRefType()])
        ?? t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), t.MakeByRefType()]));
}
