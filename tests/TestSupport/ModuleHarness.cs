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
        await harness._host.StartAsync();
        await harness.Harness.Start();
        return harness;
    }

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        // Quartz starts the module's scheduler in the background once the host has started; a clustered one stopped
        // before that start is through fails inside Quartz (ClusterManager.Shutdown). Let it finish starting first.
        foreach (var name in new[] { "Scheduling", "Consensus", "Statements" })
        {
            if (Services.GetKeyedService<ISchedulerFactory>(name) is { } factory)
            {
                var scheduler = await factory.GetScheduler();
                for (var waited = 0; waited < 300 && await scheduler.GetStatus() is SchedulerStatus.Created or SchedulerStatus.Unknown; waited++)
                {
                    await Task.Delay(100);
                }
            }
        }

        await Harness.Stop();
        await _host.StopAsync();
        _host.Dispose();
        _dir.Dispose();
    }
}
