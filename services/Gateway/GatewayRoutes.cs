using Yarp.ReverseProxy.Configuration;

namespace SummitCoordination.Gateway;

/// <summary>
/// One base URL for clients in distributed mode: each path goes to the service that owns it.
/// Service addresses come from <c>Gateway:Scheduling</c>, <c>Gateway:Consensus</c>, <c>Gateway:Statements</c>.
/// </summary>
public static class GatewayRoutes
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) From(IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        void Route(string cluster, string path, int order) => routes.Add(new RouteConfig
        {
            RouteId = $"{cluster}-{routes.Count}",
            ClusterId = cluster,
            Order = order,
            Match = new RouteMatch { Path = path },
        });

        // The more specific paths first; Scheduling owns everything else (reference data, meetings, calendars, tokens).
        Route("consensus", "/api/agenda-items/{**rest}", 1);
        Route("consensus", "/api/meetings/{id}/agenda/{**rest}", 1);
        Route("statements", "/api/statements/{**rest}", 1);
        Route("statements", "/api/meetings/{id}/statements/{**rest}", 1);
        Route("statements", "/api/commitments/{**rest}", 1);
        Route("statements", "/public/statements/{**rest}", 1);
        Route("statements", "/public/commitments/{**rest}", 1);
        Route("statements", "/public/feed.atom", 1);
        Route("consensus", "/api/operations/consensus/{**rest}", 1);
        Route("statements", "/api/operations/statements/{**rest}", 1);
        Route("scheduling", "/{**rest}", 100);

        var clusters = new[] { "Scheduling", "Consensus", "Statements" }.Select(name => new ClusterConfig
        {
            ClusterId = name.ToLowerInvariant(),
            Destinations = new Dictionary<string, DestinationConfig>
            {
                ["primary"] = new() { Address = configuration[$"Gateway:{name}"] ?? throw new InvalidOperationException($"Gateway:{name} (the {name} host's URL) is required.") },
            },
        }).ToList();
        return (routes, clusters);
    }
}
