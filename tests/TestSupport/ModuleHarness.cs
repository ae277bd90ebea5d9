using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.TestSupport;

/// <summary>One service module alone, on its own SQLite file, with MassTransit's test harness as its bus.</summary>
public sealed class ModuleHarness : IAsyncDisposable
{
    private readonly TempDirectory _dir;

    private readonly IHost _host;

    public IServiceProvider Services => _host.Services;

    public ITestHarness Harness { get; }

    /// <summary>Where the module's SQLite file is (<c>{service}.db</c>), unless settings name another database.</summary>
    public string DataDirectory => _dir.Path;

    private ModuleHarness(ServiceModule module, IReadOnlyDictionary<string, string?>? settings, TempDirectory? dataDirectory,
        Action<IServiceCollection>? services)
    {
        _dir = dataDirectory ?? new TempDirectory();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = _dir.Path, ["Outbox:Enabled"] = "false" })
            .AddInMemoryCollection(SummitApp.MovesItsClock(services) ? SummitApp.WithMovedClock(settings) : settings ?? new Dictionary<string, string?>())
            .Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(configuration);
        module.AddServices(builder.Services, builder.Configuration);
        services?.Invoke(builder.Services);
        builder.Services.AddMassTransitTestHarness(module.AddConsumers);
        _host = builder.Build();
        Harness = Services.GetRequiredService<ITestHarness>();
    }

    /// <param name="settings">Configuration over the defaults (another provider and connection string, say).</param>
    /// <param name="dataDirectory">A directory prepared beforehand (a database file already in it); the harness removes it at the end.</param>
    /// <param name="services">Registrations over the module's own (a <c>FakeTimeProvider</c> as the clock, say).</param>
    public static async Task<ModuleHarness> StartAsync(ServiceModule module, IReadOnlyDictionary<string, string?>? settings = null,
        TempDirectory? dataDirectory = null, Action<IServiceCollection>? services = null)
    {
        var harness = new ModuleHarness(module, settings, dataDirectory, services);
        try
        {
            await using var scope = harness.Services.CreateAsyncScope();
            await module.InitializeAsync(scope.ServiceProvider, CancellationToken.None);
        }
        catch
        {
            // A module that refuses to start (its database, say): nothing was started, only what was built is let go.
            harness._host.Dispose();
            harness._dir.Dispose();
            throw;
        }

        // Start the host (so hosted services such as Quartz see the application started), then the harness.
        await harness.WatchSchedulersStartAsync();
        await harness._host.StartAsync();
        await harness.Harness.Start();
        return harness;
    }

    private readonly List<Task> _schedulersStarted = [];

    /// <summary>Listens, before the host starts them, for the module's schedulers to have started (job store, cluster check-in and all).</summary>
    private async Task WatchSchedulersStartAsync()
    {
        foreach (var name in new[] { "Scheduling", "Consensus", "Statements" })
        {
            if (Services.GetKeyedService<ISchedulerFactory>(name) is { } factory)
            {
                var scheduler = await factory.GetScheduler();
                var started = new StartedListener();
                scheduler.ListenerManager.AddSchedulerListener(started);
                _schedulersStarted.Add(started.Started);
            }
        }
    }

    /// <summary>Completes when its scheduler says it has started (the last thing <c>Start</c> does).</summary>
    private sealed class StartedListener : ISchedulerListener
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            _started.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        // Quartz starts the module's scheduler in the background once the host has started; a clustered one stopped
        // before that start is through fails inside Quartz (ClusterManager.Shutdown). Let it finish starting first: its
        // status cannot tell (a clustered store reports Running from another node's check-in), its Started event can.
        await Task.WhenAny(Task.WhenAll(_schedulersStarted), Task.Delay(TimeSpan.FromSeconds(30)));

        try
        {
            await Harness.Stop();
            await _host.StopAsync();
        }
        catch (AggregateException e) when (e.Message.StartsWith("One or more scheduler shutdowns failed", StringComparison.Ordinal)
                                           && e.InnerExceptions.All(inner => inner is NullReferenceException))
        {
            // The same race inside Quartz once more, after its Started event (CI, 2026-12-05: a clustered scheduler's
            // shutdown threw NullReferenceException a second after the test's last assertion). It is the test host's
            // teardown, after everything the test checks; the host is disposed below all the same.
        }
        finally
        {
            _host.Dispose();
            _dir.Dispose();
        }
    }
}
