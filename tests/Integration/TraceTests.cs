using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using OpenTelemetry;
using OpenTelemetry.Trace;
using SummitCoordination.BuildingBlocks.Telemetry;
using SummitCoordination.Scheduling.Notifications;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 20.9: one trace follows a position from the delegation's HTTP request in Consensus through Consensus's
/// outbox and the bus into the consumers of the decision in Scheduling and in Statements.
/// </summary>
public sealed class TraceTests
{
    /// <summary>Every span the host's tracer provider ends (those of other hosts in this process too: tests pick theirs by trace id).</summary>
    private sealed class SpanRecorder : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();

        public override void OnEnd(Activity data) => Ended.Enqueue(data);
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    /// <summary>True when <paramref name="ancestor"/> is reached from <paramref name="span"/> by its recorded parents.</summary>
    private static bool Descends(Activity span, Activity ancestor, IReadOnlyDictionary<ActivitySpanId, Activity> bySpan)
    {
        for (var current = span; current is not null; current = bySpan.GetValueOrDefault(current.ParentSpanId))
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task One_trace_spans_a_position_s_request_and_the_consumers_of_its_decision_in_Scheduling_and_Statements()
    {
        var spans = new SpanRecorder();
        using var app = new SummitApp(services: s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(spans)));
        var summit = new Summit(app.ClientAs);
        var meeting = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2035, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        var item = await summit.ProposeAsync("KGZ", meeting, "Traced visa item", "Ministers");
        await summit.ConveneAsync(meeting);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open");
        var secretariat = await app.Secretariat();
        (await secretariat.PostAsJsonAsync($"/api/agenda-items/{item}/silence", new { deadline = DateTimeOffset.UtcNow.AddDays(2) })).EnsureSuccessStatusCode();

        // An objection breaks the silence: the item is decided in this request, and AgendaItemDecided leaves by the outbox.
        (await summit.PositionAsync(item, "TKM", "Object")).EnsureSuccessStatusCode();

        var path = $"/api/agenda-items/{item}/positions/TKM";
        var request = await Eventually.Until(() => Task.FromResult(spans.Ended.FirstOrDefault(s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == path)),
            s => s is not null, TimeSpan.FromSeconds(30), "the request's server span");
        var consumers = new[] { nameof(DecisionNotificationConsumer), nameof(AgendaItemDecidedConsumer) };
        var processed = await Eventually.Until(
            () => Task.FromResult(spans.Ended.Where(s => s.TraceId == request!.TraceId && s.Kind == ActivityKind.Consumer
                && Tag(s, "messaging.masstransit.consumer_type") is { } consumer && consumers.Any(consumer.Contains)).ToList()),
            found => consumers.All(c => found.Any(s => Tag(s, "messaging.masstransit.consumer_type")!.Contains(c))),
            TimeSpan.FromSeconds(60), "the decision's consumers in Scheduling and Statements, in the request's trace");

        var trace = spans.Ended.Where(s => s.TraceId == request!.TraceId).ToList();
        var bySpan = trace.ToDictionary(s => s.SpanId);
        // Through the outbox: the decision was published by the dispatcher in a span whose parent is the request.
        var publish = Assert.Single(trace, s => s.Source.Name == SummitTelemetry.Name && s.DisplayName == "outbox publish AgendaItemDecided");
        Assert.Equal(request!.SpanId, publish.ParentSpanId);
        Assert.All(processed, consumer => Assert.True(Descends(consumer, publish, bySpan), $"{consumer.DisplayName} descends from the outbox publish"));
        // The request's own database work is in the trace too.
        Assert.Contains(trace, s => s.Source.Name == SummitTelemetry.Name && s.Kind == ActivityKind.Client && Tag(s, "db.system.name") == "sqlite");
    }
}
