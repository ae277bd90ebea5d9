using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// The services as separate processes on the real RabbitMQ that ./test.sh started, behind the gateway,
/// started by deploy/distributed.sh exactly as a developer would. The classes that start one share the
/// <see cref="CrossProcess"/> collection: they run one after another, since their hosts would compete for the same queues.
/// </summary>
public sealed class DistributedSystem : IAsyncLifetime
{
    private readonly TempDirectory _run = new();
    private readonly string _brokerPort = Environment.GetEnvironmentVariable("SUMMIT_BROKER_PORT")
        ?? throw new InvalidOperationException("These tests need the private RabbitMQ broker: run them through ./test.sh.");
    private readonly IReadOnlyDictionary<string, string> _settings;

    public DistributedSystem()
        : this(DefaultBasePort, new Dictionary<string, string>())
    {
    }

    /// <summary>The gateway's port: 5400, or <c>SUMMIT_TEST_BASE_PORT</c> when another run on the machine uses it.</summary>
    public static int DefaultBasePort =>
        int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_TEST_BASE_PORT"), out var port) ? port : 5400;

    /// <param name="settings">More of the script's environment (e.g. <c>SUMMIT_INSTANCES</c>, <c>SUMMIT_DATABASE</c>).</param>
    internal DistributedSystem(int basePort, IReadOnlyDictionary<string, string> settings) => (BasePort, _settings) = (basePort, settings);

    public int BasePort { get; }

    public HttpClient Gateway { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string RunDirectory => _run.Path;

    public async Task InitializeAsync()
    {
        Gateway.BaseAddress = new Uri($"http://127.0.0.1:{BasePort}");
        await Script("distributed.sh", "start");
    }

    public async Task DisposeAsync()
    {
        await Script("distributed.sh", "stop");
        Gateway.Dispose();
        _run.Dispose();
    }

    public Task Broker(string command) => Script("rabbitmq/broker.sh", command);

    /// <summary>Ends one host at once, as a crash would (SIGKILL): <paramref name="name"/> as in its pid file (<c>consensus</c>, <c>web-2</c>).</summary>
    public void Kill(string name)
    {
        using var process = Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(RunDirectory, $"{name}.pid")).Trim()));
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public Summit Summit => new(ClientAs);

    public Task<HttpClient> Secretariat() => ClientAs("Secretariat", null);

    public async Task<HttpClient> ClientAs(string role, string? party)
    {
        if (role == Summit.Anonymous)
        {
            return new HttpClient { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        }

        var response = await Gateway.PostAsJsonAsync("/dev/tokens", new { role, party });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task Script(string script, string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "deploy", script), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        start.Environment["SUMMIT_RUN_DIR"] = _run.Path;
        start.Environment["SUMMIT_BASE_PORT"] = BasePort.ToString();
        start.Environment["SUMMIT_BROKER_PORT"] = _brokerPort;
        start.Environment["SUMMIT_BROKER_EXTERNAL"] = "1";
        start.Environment["SUMMIT_NO_BUILD"] = "1";
#if DEBUG
        start.Environment["CONFIGURATION"] = "Debug";
#else
        start.Environment["CONFIGURATION"] = "Release";
#endif
        start.Environment["Outbox__PollInterval"] = "00:00:00.250";
        start.Environment["RateLimits__Anonymous__PermitLimit"] = "1000000";
        start.Environment["RateLimits__TokenEndpoint__PermitLimit"] = "1000000";
        start.Environment["RateLimits__FailedAuthentication__PermitLimit"] = "1000000";
        start.Environment["Outbox__PublishTimeout"] = "00:00:03";
        start.Environment["Telemetry__Console"] = "false";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {command} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}

/// <summary>The test classes that start processes on the test broker: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CrossProcess
{
    public const string Name = "CrossProcess";
}
