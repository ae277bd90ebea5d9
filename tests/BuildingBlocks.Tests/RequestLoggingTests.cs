using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 20.9: one structured log entry per request, after it is answered, with the route's pattern (never the ids or
/// a feed's secret in the path), the status, and the trace id that finds the request's spans.
/// </summary>
public sealed class RequestLoggingTests
{
    private sealed record Entry(LogLevel Level, string Category, string Text, IReadOnlyDictionary<string, object?> State);

    private sealed class Capture(ConcurrentQueue<Entry> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), fields.ToDictionary(f => f.Key, f => f.Value)));
            }
        }
    }

    [Fact]
    public async Task Each_request_writes_one_entry_with_its_route_pattern_status_and_trace_id_and_a_server_error_at_Error()
    {
        // What OpenTelemetry's ASP.NET Core instrumentation does in the hosts: a listener makes the request's activity.
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        var entries = new ConcurrentQueue<Entry>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(new Capture(entries)).SetMinimumLevel(LogLevel.Debug);
        await using var app = builder.Build();
        app.UseRequestLogging();
        app.MapGet("/api/calendar/{feed}/meetings.ics", (string feed) => TypedResults.Ok(feed));
        app.MapGet("/api/fails", IResult () => TypedResults.StatusCode(StatusCodes.Status409Conflict));
        app.MapGet("/api/breaks", IResult () => TypedResults.StatusCode(StatusCodes.Status500InternalServerError));
        await app.StartAsync();
        var client = app.GetTestClient();

        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/calendar/secret-feed-token/meetings.ics");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync("/api/fails")).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/api/breaks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nowhere/42")).StatusCode);
        await app.StopAsync();

        var answered = entries.Where(e => e.Category == RequestLogging.Category).ToList();
        Assert.Equal(4, answered.Count);

        var feed = answered[0];
        Assert.Equal(LogLevel.Information, feed.Level);
        Assert.Equal("GET", feed.State["Method"]);
        Assert.Equal("/api/calendar/{feed}/meetings.ics", feed.State["Route"]);
        Assert.Equal(200, feed.State["StatusCode"]);
        Assert.Equal(traceId, feed.State["TraceId"]);
        Assert.DoesNotContain("secret-feed-token", feed.Text);
        Assert.StartsWith("HTTP GET /api/calendar/{feed}/meetings.ics answered 200 in ", feed.Text);
        Assert.EndsWith($"(trace {traceId})", feed.Text);

        Assert.Equal((LogLevel.Information, 409), (answered[1].Level, answered[1].State["StatusCode"]));
        Assert.Equal((LogLevel.Error, 500), (answered[2].Level, answered[2].State["StatusCode"]));
        // No endpoint matched: the path itself, answered 404.
        Assert.Equal(("/nowhere/42", 404), (answered[3].State["Route"], answered[3].State["StatusCode"]));
        Assert.All(answered, e => Assert.Matches("^[0-9a-f]{32}$", (string)e.State["TraceId"]!));
    }
}
