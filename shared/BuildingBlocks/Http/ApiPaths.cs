namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>The addresses machines call (APIs, feeds, tokens, documents, health), as opposed to the web app's pages.</summary>
public static class ApiPaths
{
    private static readonly string[] Prefixes = ["/api", "/public", "/calendars", "/dev", "/openapi", "/health"];

    public static bool Contains(PathString path) => Prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Keeps fallback endpoints (a route's <c>Order</c> of <see cref="int.MaxValue"/>: the web app's catch-all 404 and the
/// static assets' development fallback) out of the candidates for API addresses, before routing looks at the method
/// and the content type. Without them there, routing itself answers what HTTP says: 405 with <c>Allow</c> for a
/// method the address does not have (<c>PUT /api/meetings</c>), 415 for a body it does not take, 404 for an address
/// that does not exist; the pages keep their fallbacks.
/// </summary>
public sealed class ApiPathMatcherPolicy : MatcherPolicy, INodeBuilderPolicy
{
    private const string Api = "api";
    private const string Other = "other";

    /// <summary>Before the method (-1000) and content-type policies, so they see only the API's own endpoints.</summary>
    public override int Order => -2000;

    private static bool IsFallback(Endpoint endpoint) => endpoint is RouteEndpoint { Order: int.MaxValue };

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => !ContainsDynamicEndpoints(endpoints) && endpoints.Any(IsFallback);

    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints)
    {
        var edges = new List<PolicyNodeEdge> { new(Other, endpoints) };
        var own = endpoints.Where(e => !IsFallback(e)).ToList();
        if (own.Count > 0)
        {
            edges.Add(new PolicyNodeEdge(Api, own));
        }

        return edges;
    }

    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        int Destination(string state) => edges.Where(e => (string)e.State == state).Select(e => e.Destination).DefaultIfEmpty(exitDestination).First();
        return new Table(Destination(Api), Destination(Other));
    }

    private sealed class Table(int api, int other) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext) => ApiPaths.Contains(httpContext.Request.Path) ? api : other;
    }
}
