using System.Diagnostics.Metrics;

namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>
/// Our own metrics, on the meter named after the product: the outbox (backlog, age of its oldest row, delay from commit
/// to publication), deadlines (how late each fired, and how many later than <see cref="TelemetrySettings.DeadlineLateAfter"/>)
/// and messages parked or failed. Every measurement carries the service it is about.
/// </summary>
public sealed class SummitMetrics
{
    private readonly ConcurrentDictionary<string, StoreSample> _samples = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lateAfter;
    private readonly Histogram<double> _outboxDelay;
    private readonly Histogram<double> _deadlineLateness;
    private readonly Counter<long> _deadlinesLate;

    public SummitMetrics(IMeterFactory meters, TimeProvider clock, IOptions<TelemetrySettings> settings)
    {
        _clock = clock;
        _lateAfter = settings.Value.DeadlineLateAfter;
        var meter = meters.Create(SummitTelemetry.Name);
        meter.CreateObservableGauge("summit.outbox.backlog", () => Each(s => s.Backlog), "{message}",
            "Events saved in a service's outbox and not yet published (sampled every Telemetry:SampleInterval).");
        meter.CreateObservableGauge("summit.outbox.age", () => Each(OldestAge), "s",
            "How long the oldest event not yet published has waited (0 when none waits).");
        meter.CreateObservableGauge("summit.messages.parked", ParkedAndFailed, "{message}",
            "Messages a consumer could not apply: state=parked (to be sent again) or state=failed (waiting for an operator).");
        _outboxDelay = meter.CreateHistogram<double>("summit.outbox.delay", "s", "From the commit that saved an event to its publication.");
        _deadlineLateness = meter.CreateHistogram<double>("summit.deadline.lateness", "s", "How long after its set time a deadline fired.");
        _deadlinesLate = meter.CreateCounter<long>("summit.deadline.late", "{deadline}",
            "Deadlines that fired later than Telemetry:DeadlineLateAfter after their set time.");
    }

    public void Sampled(string service, StoreSample sample) => _samples[service] = sample;

    public void OutboxPublished(string service, TimeSpan delay) =>
        _outboxDelay.Record(Math.Max(0, delay.TotalSeconds), new KeyValuePair<string, object?>("service", service));

    public void DeadlineFired(string service, string job, TimeSpan lateness)
    {
        var tags = new TagList { { "service", service }, { "job", job } };
        _deadlineLateness.Record(Math.Max(0, lateness.TotalSeconds), tags);
        if (lateness > _lateAfter)
        {
            _deadlinesLate.Add(1, tags);
        }
    }

    private IEnumerable<Measurement<T>> Each<T>(Func<StoreSample, T> value) where T : struct =>
        _samples.Select(s => new Measurement<T>(value(s.Value), new KeyValuePair<string, object?>("service", s.Key)));

    private double OldestAge(StoreSample sample) =>
        sample.OldestUnsentUtc is { } oldest ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - oldest).TotalSeconds) : 0;

    private IEnumerable<Measurement<long>> ParkedAndFailed() => _samples.SelectMany(s => new[]
    {
        new Measurement<long>(s.Value.Parked, new KeyValuePair<string, object?>("service", s.Key), new KeyValuePair<string, object?>("state", "parked")),
        new Measurement<long>(s.Value.Failed, new KeyValuePair<string, object?>("service", s.Key), new KeyValuePair<string, object?>("state", "failed")),
    });
}
