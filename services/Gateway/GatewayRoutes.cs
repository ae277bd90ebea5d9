using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.SessionAffinity;

namespace SummitCoordination.Gateway;

/// <summary>
/// One base URL for clients in distributed mode: each path goes to the service that owns it.
/// Service addresses come from <c>Gateway:Scheduling</c>, <c>Gateway:Consensus</c>, <c>Gateway:Statements</c> and <c>Gateway:Web</c>,
/// each one URL or several separated by <c>;</c> (instances of the same host, e.g. <c>http://10.0.0.1:5101;http://10.0.0.2:5101</c>):
/// one string, so that a single environment variable (<c>Gateway__Scheduling</c>) names them all.
/// With several instances the gateway spreads requests between them (power of two choices; round robin for the web app),
/// asks each for <c>/health/ready</c> every few seconds and stops sending to one that fails twice in a row or whose
/// connections fail (passive checks), and keeps a person's browser on one web instance by a cookie (<see cref="AffinityCookie"/>),
/// because an interactive page's circuit lives in that instance's memory and its WebSocket must reach it. When no
/// instance reports ready (the broker is down for all) requests still go to them all, as with one instance: a service
/// keeps accepting writes into its outbox then. One instance per cluster is proxied as before, without checks.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>What the web application answers (<c>Gateway:Web</c>; without it the gateway serves the APIs only).</summary>
    public static readonly string[] WebPaths =
    [
        "/", "/statements", "/statements/{**rest}", "/instruments", "/instruments/{**rest}", "/commitments", "/calendar", "/signin", "/signin/{**rest}", "/signin-oidc", "/signout",
        "/signout-callback-oidc", "/language/{**rest}", "/secretariat/{**rest}", "/secretariat", "/delegation", "/delegation/{**rest}", "/not-found",
        "/meetings/{id}/agenda", "/meetings/{id}/record", "/meetings/{id}/record.pdf", "/drafts/{**rest}", "/calendar/{**rest}",
        "/mail/{**rest}", "/people", "/people/{**rest}", "/documents", "/documents/{**rest}",
        "/_framework/{**rest}", "/_content/{**rest}", "/_blazor/{**rest}",
    ];

    /// <summary>The cookie that names a browser's web instance (a hash of the destination, so nothing the gateway must keep).</summary>
    public const string AffinityCookie = "summit.instance";

    /// <summary>How often each instance is asked whether it is ready.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(3);

    /// <summary>The instances of one host, in the order configured (<c>Gateway:{name}</c>, separated by <c>;</c>).</summary>
    public static IReadOnlyList<string> Destinations(IConfiguration configuration, string name)
    {
        var destinations = (configuration[$"Gateway:{name}"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return destinations.Length > 0 ? destinations : throw new InvalidOperationException($"Gateway:{name} (the {name} host's URL) is required.");
    }

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
        Route("consensus", "/api/meetings/{id}/record/{**rest}", 1);
        Route("consensus", "/api/bodies/{id}/record-settings", 1);
        Route("consensus", "/public/records/{**rest}", 1);
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

        var clusters = new[] { "Scheduling", "Consensus", "Statements" }.Concat(withWeb ? ["Web"] : []).Select(name => Cluster(name, Destinations(configuration, name))).ToList();
        return (routes, clusters);
    }

    private static ClusterConfig Cluster(string name, IReadOnlyList<string> addresses)
    {
        var id = name.ToLowerInvariant();
        var cluster = new ClusterConfig
        {
            ClusterId = id,
            // "primary" with one instance, as before; instance-1, instance-2, ... with several.
            Destinations = addresses.Count == 1
                ? new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = addresses[0] } }
                : addresses.Select((address, i) => (address, i)).ToDictionary(d => $"instance-{d.i + 1}", d => new DestinationConfig { Address = d.address }),
        };
        if (addresses.Count == 1)
        {
            return cluster;
        }

        var web = id == "web";
        return cluster with
        {
            LoadBalancingPolicy = web ? LoadBalancingPolicies.RoundRobin : LoadBalancingPolicies.PowerOfTwoChoices,
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = ProbeInterval,
                    Timeout = TimeSpan.FromSeconds(2),
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = "/health/ready",
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                    ReactivationPeriod = TimeSpan.FromSeconds(10),
                },
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
            },
            SessionAffinity = web
                ? new SessionAffinityConfig
                {
                    Enabled = true,
                    Policy = SessionAffinityConstants.Policies.HashCookie,
                    // The instance is gone: the browser is sent to another (it reconnects its circuit there).
                    FailurePolicy = SessionAffinityConstants.FailurePolicies.Redistribute,
                    AffinityKeyName = AffinityCookie,
                    Cookie = new SessionAffinityCookieConfig
                    {
                        Path = "/",
                        HttpOnly = true,
                        IsEssential = true,
                        SameSite = SameSiteMode.Lax,
                        SecurePolicy = CookieSecurePolicy.SameAsRequest,
                    },
                }
                : null,
        };
    }
}
