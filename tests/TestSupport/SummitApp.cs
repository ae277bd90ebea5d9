using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace SummitCoordination.TestSupport;

/// <summary>
/// The all-in-one host in process, through real HTTP handling, on real SQLite files in a temporary directory.
/// With <c>harness: true</c> the bus is MassTransit's test harness (in memory), so tests can assert what was published.
/// </summary>
public sealed class SummitApp : WebApplicationFactory<Program>
{
    private readonly TempDirectory? _data;
    private readonly bool harness;
    private readonly string? dataDirectory;
    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string?>? settings;
    private readonly Action<IServiceCollection>? services;

    /// <param name="kestrel">A real Kestrel server on a free loopback port (for a browser), instead of the in-memory test server.</param>
    public SummitApp(bool harness = false, string? dataDirectory = null, string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool kestrel = false)
    {
        // A test that gives the host a clock of its own moves it: what runs periodically by it ticks hourly.
        (this.harness, this.dataDirectory, this.environment, this.services, Kestrel) = (harness, dataDirectory, environment, services, kestrel);
        this.settings = MovesItsClock(services) ? WithMovedClock(settings) : settings;
        _data = dataDirectory is null ? new TempDirectory() : null;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public bool Kestrel { get; }

    /// <summary>
    /// Settings for a host whose <see cref="TimeProvider"/> a test moves days ahead (a <c>FakeTimeProvider</c>): the
    /// periodic work that runs by that clock (the store sampler, Quartz's misfire scan and its idle look at the store) ticks once an hour instead of every 15 or 30 s. <c>FakeTimeProvider.Advance</c>
    /// fires a periodic timer once for every period it passes over, and each tick counted a store or scanned for
    /// misfires: moving the clock a week cost about 80 s (<c>MeetingRecordJourneyTests</c>: 132 s, 22 s with these).
    /// Nothing a test asserts depends on these two intervals.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> MovedClockSettings { get; } = new Dictionary<string, string?>
    {
        ["Telemetry:SampleInterval"] = "01:00:00",
        ["Deadlines:MisfireScanInterval"] = "01:00:00",
        ["Deadlines:IdleWaitTime"] = "01:00:00",
    };

    /// <summary>
    /// A host whose clock is <paramref name="clock"/> (Quartz schedules by it too), to be moved days ahead: the bearer
    /// tokens are issued by that clock, so their lifetime is not checked in this host only.
    /// </summary>
    public static SummitApp OnMovedClock(TimeProvider clock, bool harness = false, bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(harness: harness, kestrel: kestrel, settings: WithMovedClock(settings), services: s =>
        {
            s.AddSingleton(clock);
            s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.ValidateLifetime = false);
        });

    /// <summary>Whether the test's registrations give the host a clock of its own (a <c>FakeTimeProvider</c> the test moves).</summary>
    internal static bool MovesItsClock(Action<IServiceCollection>? services)
    {
        var registered = new ServiceCollection();
        services?.Invoke(registered);
        return registered.Any(d => d.ServiceType == typeof(TimeProvider) && d.ImplementationInstance is TimeProvider clock && clock != TimeProvider.System);
    }

    /// <summary><see cref="MovedClockSettings"/> under the test's own settings (its own win).</summary>
    public static IReadOnlyDictionary<string, string?> WithMovedClock(IReadOnlyDictionary<string, string?>? settings) =>
        MovedClockSettings.Concat(settings ?? new Dictionary<string, string?>()).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    /// <summary>The warnings and errors the host logged so far (for a timed-out test to print).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Where a browser reaches the Kestrel server (<c>kestrel: true</c>).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1"));
        }
    }

    /// <summary>Where the SQLite files are; pass the same directory to a second app to restart on the same data.</summary>
    public string DataDirectory => dataDirectory ?? _data!.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        // Spans and metrics are not printed (a test that reads them adds the in-memory exporter).
        builder.UseSetting("Telemetry:Console", "false");
        // Tests send thousands of requests from one address; the limits themselves are tested with small ones.
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:TokenEndpoint:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:FailedAuthentication:PermitLimit", "1000000");
        if (Kestrel)
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
        else
        {
            // The web app calls the services over HTTP: in memory here, into this same test server.
            foreach (var service in new[] { "Scheduling", "Statements", "Consensus" })
            {
                builder.UseSetting($"Services:{service}", "http://localhost/");
            }

            builder.ConfigureTestServices(s => s.ConfigureHttpClientDefaults(b =>
                b.ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler())));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (harness)
        {
            builder.ConfigureTestServices(s => s.AddMassTransitTestHarness());
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>A client with a Development token for the role; role <c>Anonymous</c>: no token at all (an observer).</summary>
    public async Task<HttpClient> ClientAs(string role, string? party = null)
    {
        var client = CreateClient();
        if (role == Summit.Anonymous)
        {
            return client;
        }

        var response = await client.PostAsJsonAsync("/dev/tokens", new { role, party });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> Secretariat() => ClientAs("Secretariat");

    /// <summary>
    /// Puts every service's timer scheduler in standby: jobs are still stored but none fires in this host. A restart
    /// test pauses its first host so that a deadline set there can only fire in the second one, however slow the machine.
    /// </summary>
    public async Task PauseTimersAsync()
    {
        foreach (var scheduler in await SchedulersAsync())
        {
            await StandbyAsync(scheduler);
        }
    }

    /// <summary>Lets paused timers fire again; a deadline that passed meanwhile fires at once.</summary>
    public async Task ResumeTimersAsync()
    {
        foreach (var scheduler in await SchedulersAsync())
        {
            await scheduler.Start();
        }
    }

    /// <summary>
    /// Puts a scheduler in standby once its hosted service has started it: Quartz starts it after the application has
    /// started, in the background, and a start that came after the standby would undo it.
    /// </summary>
    public static async Task StandbyAsync(IScheduler scheduler)
    {
        await Eventually.Until(async () => await scheduler.GetStatus() == SchedulerStatus.Running, TimeSpan.FromSeconds(60), "the scheduler started by its hosted service");
        await scheduler.Standby();
    }

    private async Task<IReadOnlyList<IScheduler>> SchedulersAsync()
    {
        StartServer();
        var schedulers = new List<IScheduler>();
        foreach (var service in new[] { "Scheduling", "Consensus", "Statements" })
        {
            schedulers.Add(await Services.GetRequiredKeyedService<ISchedulerFactory>(service).GetScheduler());
        }

        return schedulers;
    }

    public Task<HttpClient> Delegation(string party) => ClientAs("Delegation", party);

    private IHost? _host;

    protected override IHost CreateHost(IHostBuilder builder) => _host = base.CreateHost(builder);

    /// <summary>
    /// A bus stopped while one of its receive endpoints is still starting throws inside MassTransit (ReceiveEndpoint.Stop,
    /// a NullReferenceException seen in CI): every bus finishes starting first. Once, before the host is stopped. The wait
    /// is up to 30 s: on the busy 2-core machine an in-memory bus of a host disposed right after its first requests was
    /// once still starting after 5 s (RestartTests, December 2026); a started bus answers at once.
    /// </summary>
    private async Task LetBusesStartAsync()
    {
        var host = _host;
        _host = null;
        if (host is null)
        {
            return;
        }

        try
        {
            var buses = host.Services.GetServices<MassTransit.Transports.IBusInstance>().Select(b => b.BusControl).ToList();
            await buses.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        }
        catch (ObjectDisposedException)
        {
            // Already stopped: nothing is starting.
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await LetBusesStartAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Task.Run(LetBusesStartAsync).GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            _data?.Dispose();
        }
    }

    private sealed record TokenBody(string AccessToken);
}
