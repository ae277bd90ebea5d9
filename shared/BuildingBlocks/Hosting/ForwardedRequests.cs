using Microsoft.AspNetCore.HttpOverrides;

namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>
/// Behind the gateway, a host sees the address the person asked for, not its own: the scheme, host and client address
/// come from the gateway's <c>X-Forwarded-*</c> headers, so that redirects (sign-in, a page after a form), links in
/// feeds and calendar subscriptions point at the gateway. Only a known proxy is believed: loopback by default, more
/// by <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges separated by <c>;</c>, e.g. the compose network).
/// </summary>
public static class ForwardedRequests
{
    public static IServiceCollection AddForwardedRequests(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var networks = (settings.KnownNetworks ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = networks.Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{n}' is not a CIDR range (e.g. 172.16.0.0/12).")).ToList();
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in parsed)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
    }
}

/// <summary><c>ForwardedHeaders:*</c>: whose forwarded headers a host believes besides loopback's.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>CIDR ranges of the proxies in front of the host, separated by <c>;</c> (e.g. <c>172.16.0.0/12;192.168.0.0/16</c>).</summary>
    public string? KnownNetworks { get; set; }
}
