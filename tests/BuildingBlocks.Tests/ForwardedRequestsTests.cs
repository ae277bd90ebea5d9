using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary><c>ForwardedHeaders:KnownNetworks</c>: the proxies whose X-Forwarded-* headers a host believes (issue 21.2).</summary>
public sealed class ForwardedRequestsTests
{
    private static ForwardedHeadersOptions OptionsFor(string? networks)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ForwardedHeaders:KnownNetworks"] = networks }).Build();
        using var provider = new ServiceCollection().AddForwardedRequests(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    [Fact]
    public void Scheme_host_and_client_address_are_taken_from_loopback_and_the_configured_networks()
    {
        var options = OptionsFor("172.16.0.0/12; 192.168.0.0/16");

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, options.ForwardedHeaders);
        Assert.Contains(System.Net.IPNetwork.Parse("172.16.0.0/12"), options.KnownIPNetworks);
        Assert.Contains(System.Net.IPNetwork.Parse("192.168.0.0/16"), options.KnownIPNetworks);
        // Loopback stays believed (the gateway on the same machine, as deploy/distributed.sh runs it).
        Assert.Contains(options.KnownIPNetworks, n => n.Contains(System.Net.IPAddress.Loopback));
    }

    [Fact]
    public void A_range_that_is_not_CIDR_stops_the_host_with_the_key_named()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => OptionsFor("172.16.0.0/12;the gateway"));

        Assert.Contains("ForwardedHeaders:KnownNetworks", refusal.Message);
        Assert.Contains("'the gateway'", refusal.Message);
    }
}
