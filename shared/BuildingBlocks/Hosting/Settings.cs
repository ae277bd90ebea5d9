using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Hosting;

public static class Settings
{
    /// <summary>
    /// Binds the configuration section to <typeparamref name="T"/> as <see cref="IOptions{T}"/>, checked by its data
    /// annotations (nested settings and <see cref="IValidatableObject"/> too) when the host starts: a wrong value
    /// stops the host with a message that names the key (<c>Outbox:BatchSize: ...</c>), as does a value that cannot
    /// be read as its type. <typeparamref name="T"/> itself is registered too, for the constructors that take it.
    /// Registering the same settings twice (every service module asks for the outbox) binds them once.
    /// </summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section,
        Action<T>? defaults = null)
        where T : class
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<T>) && d.ImplementationInstance is SectionValidator<T>))
        {
            return services;
        }

        var options = services.AddOptions<T>().Bind(configuration.GetSection(section));
        if (defaults is not null)
        {
            options.PostConfigure(defaults);
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
