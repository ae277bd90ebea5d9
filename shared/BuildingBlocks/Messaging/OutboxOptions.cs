namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>Configuration <c>Outbox:*</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often unsent rows are looked for when nothing signals a save.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may take before the broker counts as unreachable.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 100;

    /// <summary>Turns the dispatcher off (tests that drive <see cref="OutboxPublisher"/> themselves).</summary>
    public bool Enabled { get; set; } = true;
}
