using System.Reflection;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Telemetry;
using SummitCoordination.TestSupport;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SummitCoordination.Integration.Tests;

/// <summary>docker-compose.yml cannot run here (no Docker engine): it is checked by reading it.</summary>
public sealed class ComposeFileTests
{
    private static readonly string[] ServiceHosts = ["Scheduling", "Consensus", "Statements"];

    private static Dictionary<object, object> Compose()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var document = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(parser);
        return (Dictionary<object, object>)document["services"];
    }

    private static Dictionary<string, string> EnvironmentOf(Dictionary<object, object> services, string name) =>
        ((Dictionary<object, object>)((Dictionary<object, object>)services[name])["environment"])
        .ToDictionary(kv => kv.Key.ToString()!.Replace("__", ":"), kv => kv.Value?.ToString() ?? "");

    /// <summary>The configuration keys the hosts bind, read off the settings types themselves.</summary>
    private static HashSet<string> KeysTheHostsRead(string service)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS", "Database:Provider", "Database:DataDirectory", $"ConnectionStrings:{service}",
            "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME",
        };
        void Add(string prefix, Type type)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var key = $"{prefix}:{property.Name}";
                if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
                {
                    Add(key, property.PropertyType);
                }
                else
                {
                    keys.Add(key);
                }
            }
        }

        Add("Bus", typeof(BusSettings));
        Add("Auth", typeof(AuthSettings));
        Add("Outbox", typeof(OutboxOptions));
        Add("Telemetry", typeof(TelemetrySettings));
        Add("ForwardedHeaders", typeof(ForwardedHeadersSettings));
        return keys;
    }

    [Fact]
    public void Every_service_the_broker_the_database_and_the_gateway_are_present()
    {
        var services = Compose();
        foreach (var name in new[] { "rabbitmq", "sqlserver", "scheduling", "consensus", "statements", "web", "gateway" })
        {
            Assert.True(services.ContainsKey(name), $"docker-compose.yml has no '{name}' service.");
        }

        Assert.Contains("management", ((Dictionary<object, object>)services["rabbitmq"])["image"].ToString());
    }

    [Fact]
    public void The_web_app_calls_the_APIs_through_the_gateway_signs_in_with_OpenID_Connect_and_the_gateway_routes_to_it()
    {
        var services = Compose();
        var web = EnvironmentOf(services, "web");
        foreach (var service in new[] { "Scheduling", "Statements", "Consensus" })
        {
            Assert.Equal("http://gateway:8080", web[$"Services:{service}"]);
        }

        Assert.Contains("WEB_OIDC_CLIENT_ID", web["Web:Oidc:ClientId"]);
        Assert.False(string.IsNullOrWhiteSpace(web["Auth:Authority"]));
        Assert.Equal("RabbitMq", web["Bus:Transport"]);
        Assert.Equal("http://web:8080", EnvironmentOf(services, "gateway")["Gateway:Web"]);
    }

    [Fact]
    public void Each_service_runs_on_RabbitMQ_and_SQL_Server_with_only_keys_the_hosts_read()
    {
        var services = Compose();
        foreach (var service in ServiceHosts)
        {
            var environment = EnvironmentOf(services, service.ToLowerInvariant());
            var known = KeysTheHostsRead(service);
            Assert.All(environment.Keys, key => Assert.True(known.Contains(key), $"{service}: '{key}' is not a configuration key the hosts read."));
            Assert.Equal("RabbitMq", environment["Bus:Transport"]);
            Assert.Equal("SqlServer", environment["Database:Provider"]);
            Assert.Contains("Server=sqlserver", environment[$"ConnectionStrings:{service}"]);
            Assert.False(string.IsNullOrWhiteSpace(environment["Auth:Authority"]), "production validates tokens from a configured issuer");
            // Telemetry goes where the operator's OTEL_EXPORTER_OTLP_ENDPOINT says, each service under its own name.
            Assert.Equal("${OTEL_EXPORTER_OTLP_ENDPOINT:-}", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
            Assert.Equal($"summit-{service.ToLowerInvariant()}", environment["OTEL_SERVICE_NAME"]);
        }
    }

    [Fact]
    public void The_gateway_routes_to_each_service_and_every_build_names_a_real_project()
    {
        var services = Compose();
        var gateway = EnvironmentOf(services, "gateway");
        foreach (var service in ServiceHosts)
        {
            Assert.Equal($"http://{service.ToLowerInvariant()}:8080", gateway[$"Gateway:{service}"]);
        }

        foreach (var name in new[] { "scheduling", "consensus", "statements", "gateway" })
        {
            var build = (Dictionary<object, object>)((Dictionary<object, object>)services[name])["build"];
            Assert.True(File.Exists(Path.Combine(Repository.Root, build["dockerfile"].ToString()!)));
            var project = ((Dictionary<object, object>)build["args"])["PROJECT"].ToString()!;
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Repository.Root, project), "*.csproj"));
        }
    }
}
