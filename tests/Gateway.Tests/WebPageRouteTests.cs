using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Configuration;

namespace SummitCoordination.Gateway.Tests;

/// <summary>
/// Every page of the web app (each <c>@page</c> of its components) reaches the web app through the gateway, and the
/// addresses the services own do not: a page missing from <see cref="GatewayRoutes.WebPaths"/> falls to Scheduling's
/// catch-all and answers 404 in distributed mode only (as the agenda, a draft and a public meeting page did).
/// </summary>
public sealed partial class WebPageRouteTests
{
    private static readonly IReadOnlyList<Yarp.ReverseProxy.Configuration.RouteConfig> Routes = GatewayRoutes.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Scheduling"] = "http://127.0.0.1:5101",
            ["Gateway:Consensus"] = "http://127.0.0.1:5102",
            ["Gateway:Statements"] = "http://127.0.0.1:5103",
            ["Gateway:Web"] = "http://127.0.0.1:5104",
        }).Build()).Routes;

    /// <summary>The cluster the gateway picks for a path: the matching route of the lowest order.</summary>
    private static string ClusterFor(string path) =>
        Routes.Where(r => new TemplateMatcher(TemplateParser.Parse(r.Match.Path!.TrimStart('/')), new RouteValueDictionary())
                .TryMatch(new PathString(path), new RouteValueDictionary()))
            .OrderBy(r => r.Order).Select(r => r.ClusterId!).FirstOrDefault() ?? "(none)";

    public static TheoryData<string> Pages()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SummitCoordination.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        var pages = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "services", "Web", "Web", "Components"), "*.razor", SearchOption.AllDirectories))
        {
            foreach (Match page in PageDirective().Matches(File.ReadAllText(file)))
            {
                // A sample address for the template: a GUID for an id, a word for anything else.
                pages.Add(Parameter().Replace(page.Groups[1].Value, p => p.Value.Contains(":guid") ? "3f2504e0-4f89-11d3-9a0c-0305e82c3301" : "sample"));
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_page_of_the_web_app_is_routed_to_the_web_app(string page) => Assert.Equal("web", ClusterFor(page));

    [Theory]
    [InlineData("/api/meetings", "scheduling")]
    [InlineData("/calendars/0123456789abcdef.ics", "scheduling")]
    [InlineData("/api/meetings/3f2504e0-4f89-11d3-9a0c-0305e82c3301/agenda", "consensus")]
    [InlineData("/api/agenda-items/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "consensus")]
    [InlineData("/public/statements/2044-astana-joint-statement", "statements")]
    [InlineData("/public/feed.atom", "statements")]
    public void The_services_addresses_stay_with_the_services(string path, string cluster) => Assert.Equal(cluster, ClusterFor(path));

    [GeneratedRegex("""^@page\s+"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PageDirective();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
