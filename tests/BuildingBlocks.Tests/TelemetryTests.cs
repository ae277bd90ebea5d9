using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.BuildingBlocks.Telemetry;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 20.9: an event saved in the outbox is published in the trace of the work that saved it, however long it
/// waited, and our own metrics say what the outbox, the parked messages and the deadlines are doing.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;
    private TestDb _db = null!;

    public TelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is SummitTelemetry.Name || source.Name == DiagnosticHeaders.DefaultListenerName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task InitializeAsync()
    {
        _provider = new ServiceCollection().AddSummitMetrics().AddMassTransitTestHarness().BuildServiceProvider(true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
        _db = new TestDb(TestDb.Options(Path.Combine(_dir.Path, "telemetry.db")));
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _db.DisposeAsync();
        await _harness.Stop();
        await _provider.DisposeAsync();
        _dir.Dispose();
    }

    private static BodyChanged AnEvent(string name) =>
        new(Guid.NewGuid(), name, Layer.WorkingGroup, Track.WaterEnergy, "C5", null, null, DecisionRuleSettings.Consensus, 120, DateTime.UtcNow);

    private OutboxPublisher Publisher() =>
        new(TimeProvider.System, new OutboxOptions(), _provider.GetRequiredService<SummitMetrics>());

    /// <summary>Listens to our meter in this test's container only (other tests in the process have meters of the same name).</summary>
    private MeterListener Listen(IServiceProvider services, ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> seen)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SummitTelemetry.Name && instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            seen.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task An_event_saved_in_a_request_is_published_in_that_request_s_trace_after_the_request_has_ended()
    {
        var request = new Activity("PUT /api/agenda-items/{id}/positions/{party}").Start();
        _db.Raise(AnEvent("traced"), DateTime.UtcNow);
        await _db.SaveChangesAsync();
        request.Stop();
        Assert.Null(Activity.Current);

        Assert.Equal(1, await Publisher().PublishPendingAsync(_db, _harness.Bus, CancellationToken.None));

        var publish = Assert.Single(_spans, s => s.Source.Name == SummitTelemetry.Name && s.TraceId == request.TraceId);
        Assert.Equal("outbox publish BodyChanged", publish.DisplayName);
        Assert.Equal(request.SpanId, publish.ParentSpanId);
        // The broker's own send span is the outbox span's child, and the message carries the trace to its consumers.
        Assert.Contains(_spans, s => s.Source.Name == DiagnosticHeaders.DefaultListenerName && s.ParentSpanId == publish.SpanId);
        var sent = _harness.Published.Select<BodyChanged>().Single(m => m.Context.Message.Name == "traced").Context;
        Assert.Contains(request.TraceId.ToHexString(), sent.Headers.Get<string>(DiagnosticHeaders.ActivityId));
    }

    [Fact]
    public async Task An_event_saved_outside_any_traced_work_is_published_in_a_trace_of_its_own()
    {
        _db.Raise(AnEvent("untraced"), DateTime.UtcNow);
        await _db.SaveChangesAsync();
        Assert.Null((await _db.OutboxMessages.AsNoTracking().SingleAsync()).TraceParent);

        await Publisher().PublishPendingAsync(_db, _harness.Bus, CancellationToken.None);

        var messageId = (await _db.OutboxMessages.AsNoTracking().SingleAsync()).MessageId.ToString();
        var publish = Assert.Single(_spans, s => s.Source.Name == SummitTelemetry.Name && (string?)s.GetTagItem("messaging.message.id") == messageId);
        Assert.Equal(default, publish.ParentSpanId);
    }

    [Fact]
    public async Task The_backlog_its_age_the_parked_and_failed_messages_and_the_delay_to_publication_are_measured()
    {
        var seen = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = Listen(_provider, seen);
        var metrics = _provider.GetRequiredService<SummitMetrics>();
        var fiveMinutesAgo = DateTime.UtcNow.AddMinutes(-5);
        _db.Raise(AnEvent("old"), fiveMinutesAgo);
        _db.Raise(AnEvent("older still waiting"), fiveMinutesAgo.AddMinutes(1));
        var parked = ParkedMessage.Create(Guid.NewGuid(), "SomeConsumer", "queue:some", AnEvent("parked"), DateTime.UtcNow);
        parked.Park("disk full", [TimeSpan.FromMinutes(10)], DateTime.UtcNow);
        var failed = ParkedMessage.Create(Guid.NewGuid(), "SomeConsumer", "queue:some", AnEvent("failed"), DateTime.UtcNow);
        failed.Fail("no such meeting", DateTime.UtcNow);
        _db.ParkedMessages.AddRange(parked, failed);
        await _db.SaveChangesAsync();

        metrics.Sampled("Test", await StoreSample.ReadAsync(_db, CancellationToken.None));
        listener.RecordObservableInstruments();
        double Observed(string name, string? state = null) => seen.Last(m => m.Instrument == name && (state is null || (string?)m.Tags["state"] == state)).Value;
        Assert.Equal(2, Observed("summit.outbox.backlog"));
        Assert.InRange(Observed("summit.outbox.age"), 299, 600);
        Assert.Equal(1, Observed("summit.messages.parked", "parked"));
        Assert.Equal(1, Observed("summit.messages.parked", "failed"));
        Assert.All(seen, m => Assert.Equal("Test", m.Tags["service"]));

        await Publisher().PublishPendingAsync(_db, _harness.Bus, CancellationToken.None);
        var delays = seen.Where(m => m.Instrument == "summit.outbox.delay").Select(m => m.Value).ToList();
        Assert.Equal(2, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, 239, 600));

        metrics.Sampled("Test", await StoreSample.ReadAsync(_db, CancellationToken.None));
        listener.RecordObservableInstruments();
        Assert.Equal(0, Observed("summit.outbox.backlog"));
        Assert.Equal(0, Observed("summit.outbox.age"));
    }

    /// <summary>A deadline missed while its service was down fires when the service is back: that one counts as late, one on time does not.</summary>
    [Fact]
    public async Task A_deadline_that_fires_long_after_its_set_time_is_counted_late_and_one_on_time_is_not()
    {
        var connection = $"Data Source={Path.Combine(_dir.Path, "late.db")}";
        await using (var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseSqlite(connection).Options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using (var sqlite = new SqliteConnection(connection))
        {
            await sqlite.OpenAsync();
            foreach (var statement in QuartzSchema.Statements(DatabaseProvider.Sqlite, "4.7.3"))
            {
                await using var command = sqlite.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TestDb>(o => o.UseSqlite(connection));
        builder.Services.AddDeadlines(new DatabaseSettings("Lateness", DatabaseProvider.Sqlite, connection), builder.Configuration);
        using var host = builder.Build();
        var seen = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = Listen(host.Services, seen);
        await host.StartAsync();

        var deadlines = host.Services.GetRequiredKeyedService<IDeadlines>("Lateness");
        await deadlines.SetAsync<TallyDeadlineJob>("missed", DateTime.UtcNow.AddMinutes(-2), new Dictionary<string, string> { ["tally"] = "missed" }, CancellationToken.None);
        await deadlines.SetAsync<TallyDeadlineJob>("on-time", DateTime.UtcNow.AddMilliseconds(300), new Dictionary<string, string> { ["tally"] = "on-time" }, CancellationToken.None);
        var lateness = await Eventually.Until(() => Task.FromResult(seen.Where(m => m.Instrument == "summit.deadline.lateness").ToList()),
            l => l.Count == 2, TimeSpan.FromSeconds(60), "both deadlines fired");
        await host.StopAsync();

        Assert.All(lateness, m => Assert.Equal("Lateness", m.Tags["service"]));
        Assert.All(lateness, m => Assert.Equal(nameof(TallyDeadlineJob), m.Tags["job"]));
        Assert.Single(lateness, m => m.Value >= 119);
        Assert.Single(lateness, m => m.Value < 30);
        var late = Assert.Single(seen, m => m.Instrument == "summit.deadline.late");
        Assert.Equal(1, late.Value);
    }
}
