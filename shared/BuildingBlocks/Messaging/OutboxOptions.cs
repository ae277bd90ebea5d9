using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>Configuration <c>Outbox:*</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often unsent rows are looked for when nothing signals a save.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may take before the broker counts as unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many aggregates of a batch publish at once, each with one publish (one publisher confirm) in flight; the rows
    /// of one aggregate always go one after another. 1 publishes one row at a time.
    /// </summary>
    [Range(1, 1_000)]
    public int PublishConcurrency { get; set; } = 32;

    /// <summary>Turns the dispatcher off (tests that drive <see cref="OutboxPublisher"/> themselves).</summary>
    public bool Enabled { get; set; } = true;
}
