using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Telemetry;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>Issue 20.9: settings are options checked when the host starts; a wrong one stops it with a message that names it.</summary>
public sealed class SettingsTests
{
    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Messages));
            }
        }

        return string.Join(" | ", messages);
    }

    [Theory]
    [InlineData("Outbox:BatchSize", "0")]
    [InlineData("Outbox:PollInterval", "soon")]
    [InlineData("Outbox:PublishTimeout", "00:00:00")]
    [InlineData("Outbox:PublishConcurrency", "0")]
    [InlineData("Bus:Transport", "Kafka")]
    [InlineData("Bus:RabbitMq:Port", "0")]
    [InlineData("Bus:RabbitMq:Host", "")]
    [InlineData("Messaging:Retry:ParkedDelays", "00:00:00")]
    [InlineData("Messaging:Retry:MaxParkedAttempts", "0")]
    [InlineData("RateLimits:Anonymous:PermitLimit", "0")]
    [InlineData("RateLimits:TokenEndpoint:Window", "00:00:00")]
    [InlineData("Telemetry:SampleInterval", "00:00:00")]
    [InlineData("Telemetry:Console", "perhaps")]
    [InlineData("Deadlines:ThreadCount", "0")]
    [InlineData("Deadlines:MaxBatchSize", "20")]
    [InlineData("Deadlines:FireAheadWindow", "00:00:05")]
    [InlineData("Deadlines:MisfireThreshold", "00:00:10")]
    [InlineData("Deadlines:MisfireScanInterval", "00:00:00")]
    public void A_wrong_setting_stops_the_host_with_a_message_that_names_it(string key, string value)
    {
        // A list is given item by item (Messaging:Retry:ParkedDelays:0); the message names the list.
        var setting = key.EndsWith("ParkedDelays", StringComparison.Ordinal) ? $"{key}:0" : key;
        using var app = new SummitApp(settings: new Dictionary<string, string?> { [setting] = value });

        var refusal = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, Messages(refusal));
    }

    [Fact]
    public void Settings_are_options_bound_from_configuration()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?>
        {
            ["Outbox:BatchSize"] = "25",
            ["Telemetry:DeadlineLateAfter"] = "00:02:00",
            ["Messaging:Retry:MaxParkedAttempts"] = "7",
        });
        app.CreateClient().Dispose();

        Assert.Equal(25, app.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.BatchSize);
        Assert.Equal(TimeSpan.FromMinutes(2), app.Services.GetRequiredService<IOptions<TelemetrySettings>>().Value.DeadlineLateAfter);
        var retry = app.Services.GetRequiredService<IOptions<RetrySettings>>().Value;
        Assert.Equal(7, retry.MaxParkedAttempts);
        // Unset lists take their defaults, once (three modules register the same settings).
        Assert.Equal(RetrySettings.DefaultIntervals, retry.Intervals);
    }
}
