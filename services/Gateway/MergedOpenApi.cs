using System.Text.Json.Nodes;

namespace SummitCoordination.Gateway;

/// <summary>
/// One OpenAPI document for the whole service behind the gateway: the paths, schemas, tags and security schemes of
/// Scheduling, Consensus and Statements, merged. A schema name two services both define keeps the first definition
/// (they share the building blocks, so the shared ones are the same). Fetched again after <see cref="Lifetime"/>.
/// </summary>
public sealed class MergedOpenApi(IHttpClientFactory clients, IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly string[] Services = ["Scheduling", "Consensus", "Statements"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Json, DateTimeOffset At)? _cached;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } hit && clock.GetUtcNow() - hit.At < Lifetime)
        {
            return hit.Json;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var documents = new List<JsonObject>();
            foreach (var service in Services)
            {
                documents.Add(JsonNode.Parse(await FetchAsync(service, cancellationToken))!.AsObject());
            }

            var json = Merge(documents).ToJsonString();
            _cached = (json, clock.GetUtcNow());
            return json;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The service's document from the first of its instances that answers (all serve the same one).</summary>
    private async Task<string> FetchAsync(string service, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient("openapi");
        var destinations = GatewayRoutes.Destinations(configuration, service);
        for (var i = 0; ; i++)
        {
            try
            {
                return await client.GetStringAsync($"{destinations[i].TrimEnd('/')}/openapi/v1.json", cancellationToken);
            }
            catch (HttpRequestException) when (i < destinations.Count - 1)
            {
                // That instance is down: the next one.
            }
        }
    }

    public static JsonObject Merge(IReadOnlyList<JsonObject> documents)
    {
        var merged = documents[0].DeepClone().AsObject();
        merged["info"]!["title"] = "SummitCoordination API";
        var paths = merged["paths"]!.AsObject();
        var components = (merged["components"] ??= new JsonObject()).AsObject();
        var tags = (merged["tags"] ??= new JsonArray()).AsArray();
        foreach (var document in documents.Skip(1))
        {
            foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
            {
                if (!paths.ContainsKey(path))
                {
                    paths[path] = item!.DeepClone();
                    continue;
                }

                foreach (var (verb, operation) in item!.AsObject())
                {
                    paths[path]!.AsObject()[verb] ??= operation!.DeepClone();
                }
            }

            foreach (var (kind, entries) in document["components"]?.AsObject() ?? [])
            {
                var target = (components[kind] ??= new JsonObject()).AsObject();
                foreach (var (name, entry) in entries!.AsObject())
                {
                    target[name] ??= entry!.DeepClone();
                }
            }

            foreach (var tag in document["tags"]?.AsArray() ?? [])
            {
                var name = tag!["name"]!.GetValue<string>();
                if (tags.All(t => t!["name"]!.GetValue<string>() != name))
                {
                    tags.Add(tag.DeepClone());
                }
            }
        }

        return merged;
    }
}
