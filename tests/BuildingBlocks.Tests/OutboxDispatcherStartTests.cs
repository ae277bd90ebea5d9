using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// The dispatcher starts before the bus: a row published before the bus has bound its endpoints reaches no queue and is
/// marked sent all the same (1e9320f). So it publishes nothing until the application has started and the bus is ready.
/// </summary>
public sealed class OutboxDispatcherStartTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Nothing_is_published_before_the_application_has_started_and_the_bus_reports_ready()
    {
        var lifetime = new HeldLifetime();
        var bus = DispatchProxy.Create<IBusControl, HeldBus>();
        var held = (HeldBus)(object)bus;
        held.Started = () => lifetime.IsStarted;
        var file = Path.Combine(_dir.Path, "start.db");
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostApplicationLifetime>(lifetime)
            .AddSingleton(bus)
            .AddSingleton<IBus>(bus);
        services.AddDbContext<TestDb>((sp, o) => o.UseSqlite($"Data Source={file}").AddInterceptors(sp.GetRequiredService<OutboxSignal<TestDb>>()));
        services.AddOutbox<TestDb>(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDb>();
            await db.Database.EnsureCreatedAsync();
            db.Raise(new BodyChanged(Guid.NewGuid(), "pending", Layer.WorkingGroup, Track.WaterEnergy, "C5", null, null, DecisionRuleSettings.Consensus, 120, DateTime.UtcNow), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        async Task<bool> SentAsync()
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TestDb>().OutboxMessages.AnyAsync(m => m.SentUtc != null);
        }

        var dispatcher = provider.GetServices<IHostedService>().OfType<OutboxDispatcher<TestDb>>().Single();
        await dispatcher.StartAsync(CancellationToken.None);

        // The application has not started: the dispatcher waits for it, before it even asks the bus. (Had it not looked
        // whether the application started, it would ask the bus or publish at once: whichever comes first ends the wait.)
        await Task.WhenAny(lifetime.Asked, held.FirstAsked, held.FirstPublished).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(held.Published);
        Assert.True(lifetime.Asked.IsCompleted);
        Assert.Equal(0, held.HealthChecks);
        Assert.False(await SentAsync());

        // Started, but the bus has not bound its endpoints: the dispatcher keeps asking it, and publishes nothing.
        lifetime.Start();
        await Task.WhenAny(held.AskedThreeTimes, held.FirstPublished).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(held.Published);
        Assert.True(held.AskedThreeTimes.IsCompleted);
        Assert.False(await SentAsync());

        // Ready: the row leaves, once, and only now is it marked sent.
        held.Ready = true;
        await Eventually.Until(SentAsync, TimeSpan.FromSeconds(30), "the row marked sent");
        var published = Assert.Single(held.Published);
        Assert.True(published.Started && published.Ready);
        Assert.Equal(0, held.CheckedBeforeStart);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    /// <summary>An application whose start the test decides, and which tells when someone looks whether it started.</summary>
    private sealed class HeldLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Asked => _asked.Task;

        public bool IsStarted => _started.IsCancellationRequested;

        public CancellationToken ApplicationStarted
        {
            get
            {
                _asked.TrySetResult();
                return _started.Token;
            }
        }

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Start() => _started.Cancel();

        public void StopApplication()
        {
        }
    }

    /// <summary>
    /// A bus whose readiness the test decides: it answers health checks, records what is published through it and in
    /// which state, and refuses everything else the dispatcher has no business calling.
    /// </summary>
    public class HeldBus : DispatchProxy
    {
        private readonly List<(bool Started, bool Ready)> _published = [];
        private int _healthChecks;
        private int _checkedBeforeStart;
        private volatile bool _ready;
        private readonly TaskCompletionSource _askedOnce = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _askedThrice = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _firstPublished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Func<bool> Started { get; set; } = () => false;

        public bool Ready
        {
            get => _ready;
            set => _ready = value;
        }

        public int HealthChecks => Volatile.Read(ref _healthChecks);

        public Task FirstAsked => _askedOnce.Task;

        /// <summary>The bus was asked three times: the dispatcher is waiting for it rather than asking once and going on.</summary>
        public Task AskedThreeTimes => _askedThrice.Task;

        public Task FirstPublished => _firstPublished.Task;

        public int CheckedBeforeStart => Volatile.Read(ref _checkedBeforeStart);

        public List<(bool Started, bool Ready)> Published
        {
            get
            {
                lock (_published)
                {
                    return [.. _published];
                }
            }
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod?.Name)
            {
                case nameof(IBusControl.CheckHealth):
                    var checks = Interlocked.Increment(ref _healthChecks);
                    _askedOnce.TrySetResult();
                    if (checks == 3)
                    {
                        _askedThrice.TrySetResult();
                    }
                    if (!Started())
                    {
                        Interlocked.Increment(ref _checkedBeforeStart);
                    }

                    var endpoints = new Dictionary<string, EndpointHealthResult>();
                    return Ready ? BusHealthResult.Healthy("ready", endpoints) : BusHealthResult.Unhealthy("binding endpoints", new InvalidOperationException("Not ready."), endpoints);
                case nameof(IPublishEndpoint.Publish) when args is [_, Type, IPipe<PublishContext>, CancellationToken]:
                    lock (_published)
                    {
                        _published.Add((Started(), Ready));
                    }

                    _firstPublished.TrySetResult();

                    return Task.CompletedTask;
                default:
                    throw new NotSupportedException($"The outbox dispatcher called {targetMethod?.Name}.");
            }
        }
    }
}
