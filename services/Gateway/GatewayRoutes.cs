using Yarp.ReverseProxy.Configuration;

namespace SummitCoordination.Gateway;

/// <summary>
/// One base URL for clients in distributed mode: each path goes to the service that owns it.
/// Service addresses come from <c>Gateway:Scheduling</c>, <c>Gateway:Consensus</c>, <c>Gateway:Statements</c> and <c>Gateway:Web</c>.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>What the web application answers (<c>Gateway:Web</c>; without it the gateway serves the APIs only).</summary>
    public static readonly string[] WebPaths =
    [
        "/", "/statements", "/statements/{**rest}", "/instruments", "/instruments/{**rest}", "/commitments", "/calendar", "/signin", "/signin/{**rest}", "/signin-oidc", "/signout",
        "/signout-callback-oidc", "/language/{**rest}", "/secretariat/{**rest}", "/secretariat", "/delegation", "/delegation/{**rest}", "/not-found",
        "/_framework/{**rest}", "/_content/{**rest}", "/_blazor/{**rest}",
    ];

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
        Route("statements", "/api/instruments/{**rest}", 1);
        Route("statements", "/public/instruments/{**rest}", 1);
        Route("consensus", "/api/operations/consensus/{**rest}", 1);
        Route("statements", "/api/operations/statements/{**rest}", 1);
        Route("scheduling", "/{**rest}", 100);
        var withWeb = !string.IsNullOrWhiteSpace(configuration["Gateway:Web"]);
        if (withWeb)
        {
            // The web app's pages, its assets and its interactive circuit (a WebSocket, which YARP passes through).
            foreach (var path in WebPaths)
            {
                Route("web", path, 2);
            }
        }

        var clusters = new[] { "Scheduling", "Consensus", "Statements" }.Concat(withWeb ? ["Web"] : []).Select(name => new ClusterConfig
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
