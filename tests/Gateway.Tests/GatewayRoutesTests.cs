using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace SummitCoordination.Gateway.Tests;

/// <summary>The gateway's clusters as <c>Gateway:*</c> configures them: one instance as before, several balanced and checked.</summary>
public sealed class GatewayRoutesTests
{
    private static IReadOnlyList<ClusterConfig> ClustersOf(Dictionary<string, string?> settings) =>
        GatewayRoutes.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).Clusters;

    private static readonly Dictionary<string, string?> OneEach = new()
    {
        ["Gateway:Scheduling"] = "http://127.0.0.1:5101",
        ["Gateway:Consensus"] = "http://127.0.0.1:5102",
        ["Gateway:Statements"] = "http://127.0.0.1:5103",
        ["Gateway:Web"] = "http://127.0.0.1:5104",
    };

    private static readonly Dictionary<string, string?> TwoEach = new()
    {
        ["Gateway:Scheduling"] = "http://127.0.0.1:5101;http://127.0.0.1:5111",
        ["Gateway:Consensus"] = "http://127.0.0.1:5102; http://127.0.0.1:5112",
        ["Gateway:Statements"] = "http://127.0.0.1:5103;http://127.0.0.1:5113;",
        ["Gateway:Web"] = "http://127.0.0.1:5104;http://127.0.0.1:5114",
    };

    [Fact]
    public void One_instance_per_host_is_proxied_as_before_without_balancing_checks_or_affinity()
    {
        var clusters = ClustersOf(OneEach);

        Assert.Equal(["scheduling", "consensus", "statements", "web"], clusters.Select(c => c.ClusterId));
        foreach (var cluster in clusters)
        {
            Assert.Equal("primary", Assert.Single(cluster.Destinations!).Key);
            Assert.Null(cluster.HealthCheck);
            Assert.Null(cluster.SessionAffinity);
            Assert.Null(cluster.LoadBalancingPolicy);
        }
    }

    [Fact]
    public void Two_instances_per_host_are_both_destinations_balanced_and_checked_on_their_readiness()
    {
        var clusters = ClustersOf(TwoEach);

        foreach (var cluster in clusters)
        {
            Assert.Equal(2, cluster.Destinations!.Count);
            Assert.NotNull(cluster.LoadBalancingPolicy);
            Assert.True(cluster.HealthCheck!.Active!.Enabled);
            Assert.Equal("/health/ready", cluster.HealthCheck.Active.Path);
            Assert.True(cluster.HealthCheck.Active.Interval <= TimeSpan.FromSeconds(5));
            Assert.True(cluster.HealthCheck.Passive!.Enabled);
        }

        var consensus = clusters.Single(c => c.ClusterId == "consensus");
        Assert.Equal(["http://127.0.0.1:5102", "http://127.0.0.1:5112"], consensus.Destinations!.Values.Select(d => d.Address));
    }

    [Fact]
    public void Only_the_web_app_keeps_a_browser_on_one_instance_by_a_cookie()
    {
        var clusters = ClustersOf(TwoEach);

        var web = clusters.Single(c => c.ClusterId == "web").SessionAffinity!;
        Assert.True(web.Enabled);
        Assert.Equal("HashCookie", web.Policy);
        Assert.Equal(GatewayRoutes.AffinityCookie, web.AffinityKeyName);
        Assert.All(clusters.Where(c => c.ClusterId != "web"), c => Assert.Null(c.SessionAffinity));
    }

    [Fact]
    public async Task YARP_accepts_the_clusters_policies_names()
    {
        await using var services = new ServiceCollection().AddLogging().AddRouting().AddReverseProxy().Services.BuildServiceProvider();
        var validator = services.GetRequiredService<Yarp.ReverseProxy.Configuration.IConfigValidator>();

        foreach (var cluster in ClustersOf(TwoEach))
        {
            Assert.Empty(await validator.ValidateClusterAsync(cluster));
        }
    }

    [Fact]
    public void A_host_without_an_address_is_refused_at_start()
    {
        var settings = new Dictionary<string, string?>(TwoEach) { ["Gateway:Consensus"] = " ; " };

        Assert.Contains("Gateway:Consensus", Assert.Throws<InvalidOperationException>(() => ClustersOf(settings)).Message);
    }
}
