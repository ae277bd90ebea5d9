using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SummitCoordination.Web.Services;

/// <summary>
/// Where each backend service answers: <c>Services:{Name}</c> (distributed mode: the gateway or the service itself),
/// else this very host (the embedded host, where all three services share the web app's port).
/// </summary>
public sealed class ServiceAddresses(IConfiguration configuration, IServiceProvider services)
{
    public Uri For(string service)
    {
        var configured = configuration[$"Services:{service}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        }

        var own = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"Services:{service} is not set and this host has no address of its own.");
        // A host bound to every interface is reached on the loopback one.
        var uri = new UriBuilder(own.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
