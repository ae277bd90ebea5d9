using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.TestSupport;

/// <summary>One service module alone, on its own SQLite file, with MassTransit's test harness as its bus.</summary>
public sealed class ModuleHarness : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();

    private readonly IHost _host;

    public IServiceProvider Services => _host.Services;

    public ITestHarness Harness { get; }

    private ModuleHarness(ServiceModule module)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = _dir.Path, ["Outbox:Enabled"] = "false" })
            .Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(configuration);
        module.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddMassTransitTestHarness(module.AddConsumers);
        _host = builder.Build();
        Harness = Services.GetRequiredService<ITestHarness>();
    }

    public static async Task<ModuleHarness> StartAsync(ServiceModule module)
    {
        var harness = new ModuleHarness(module);
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            await module.InitializeAsync(scope.ServiceProvider, CancellationToken.None);
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
        await Harness.Stop();
        await _host.StopAsync();
        _host.Dispose();
        _dir.Dispose();
    }
}
