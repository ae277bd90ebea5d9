namespace SummitCoordination.BuildingBlocks.Handlers;

public static class HandlerRegistration
{
    /// <summary>
    /// Registers every handler of a service's assembly (each class implementing <see cref="IHandler{TRequest,TResult}"/>),
    /// scoped, as itself: an endpoint asks for the handler it calls. A new act needs no registration line.
    /// </summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(IsHandler))
        {
            services.TryAddScoped(type);
        }

        return services;
    }

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>));
}
