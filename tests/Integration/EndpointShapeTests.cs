using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 20, "Done when": no endpoint method takes more than six parameters or runs past 15 lines. Reads every route
/// the all-in-one host maps (each Map* handler is a method the endpoint's metadata names), counts the method's
/// parameters, and measures its lines from the portable PDB beside the assembly (for an async method, its state
/// machine's). An endpoint over the limit binds a request record with [AsParameters] and sends it to a handler class.
/// </summary>
public sealed class EndpointShapeTests : IClassFixture<EndpointShapeTests.Endpoints>
{
    public const int MaxParameters = 6;

    /// <summary>Fifteen lines of code, and the method's braces.</summary>
    public const int MaxLines = 15 + 2;

    public sealed class Endpoints : IDisposable
    {
        private readonly SummitApp _app = new();

        public Endpoints() =>
            Handlers = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Select(e => (Route: $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}",
                    Method: e.Metadata.OfType<MethodInfo>().FirstOrDefault()))
                .Where(e => e.Method?.DeclaringType?.Assembly.GetName().Name?.StartsWith("SummitCoordination.", StringComparison.Ordinal) == true)
                .Select(e => (e.Route, e.Method!))
                .ToList();

        public IReadOnlyList<(string Route, MethodInfo Method)> Handlers { get; }

        public void Dispose() => _app.Dispose();
    }

    private static readonly ConcurrentDictionary<string, MetadataReaderProvider> Pdbs = new();

    private readonly Endpoints _endpoints;

    public EndpointShapeTests(Endpoints endpoints) => _endpoints = endpoints;

    [Fact]
    public void The_endpoints_of_all_three_services_are_read()
    {
        var paths = _endpoints.Handlers.Select(h => h.Route).ToList();
        Assert.True(paths.Count > 60, $"{paths.Count} endpoints");
        Assert.Contains(paths, p => p.Contains("/api/meetings", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("/api/agenda-items", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("/api/statements", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("/api/register", StringComparison.Ordinal));
    }

    [Fact]
    public void No_endpoint_method_takes_more_than_six_parameters()
    {
        var over = _endpoints.Handlers.Where(h => h.Method.GetParameters().Length > MaxParameters)
            .Select(h => $"{h.Route}: {Name(h.Method)} takes {h.Method.GetParameters().Length}").Distinct().ToList();
        Assert.True(over.Count == 0, string.Join("\n", over));
    }

    [Fact]
    public void No_endpoint_method_runs_past_fifteen_lines()
    {
        var measured = _endpoints.Handlers.Select(h => (h.Route, h.Method, Lines: Lines(h.Method))).ToList();
        Assert.All(measured, m => Assert.True(m.Lines > 0, $"{m.Route}: {Name(m.Method)} has no lines in its PDB"));
        var over = measured.Where(m => m.Lines > MaxLines).Select(m => $"{m.Route}: {Name(m.Method)} runs {m.Lines - 2} lines").Distinct().ToList();
        Assert.True(over.Count == 0, string.Join("\n", over));
    }

    [Fact]
    public void The_line_count_is_measured_from_the_source()
    {
        Assert.Equal(4, Lines(typeof(EndpointShapeTests).GetMethod(nameof(Sample), BindingFlags.NonPublic | BindingFlags.Static)!));
        Assert.Equal(5, Lines(typeof(EndpointShapeTests).GetMethod(nameof(SampleAsync), BindingFlags.NonPublic | BindingFlags.Static)!));
    }

    private static string Name(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";

    /// <summary>From the first line to the last that the method's sequence points cover (braces included).</summary>
    private static int Lines(MethodInfo method)
    {
        var body = method.GetCustomAttribute<StateMachineAttribute>()?.StateMachineType
            .GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) ?? method;
        var location = body.Module.Assembly.Location;
        var reader = Pdbs.GetOrAdd(location, l => MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(l, ".pdb"))))
            .GetMetadataReader();
        var handle = MetadataTokens.MethodDefinitionHandle(body.MetadataToken).ToDebugInformationHandle();
        var points = reader.GetMethodDebugInformation(handle).GetSequencePoints().Where(p => !p.IsHidden).ToList();
        return points.Count == 0 ? 0 : points.Max(p => p.EndLine) - points.Min(p => p.StartLine) + 1;
    }

    private static int Sample(int a)
    {
        var b = a + 1;
        return b * 2;
    }

    private static async Task<int> SampleAsync(int a)
    {
        await Task.Yield();
        var b = a + 1;
        return b * 2;
    }
}
