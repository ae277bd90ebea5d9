using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>
/// Configuration <c>Telemetry:*</c>. Where telemetry goes is the standard <c>OTEL_*</c> variables' business
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> turns the OTLP exporter on); these say what our own metrics count.
/// </summary>
public sealed class TelemetrySettings
{
    /// <summary>Traces and metrics written to the console as well; unset: on in Development only.</summary>
    public bool? Console { get; set; }

    /// <summary>How often the outbox backlog and the parked messages are counted in each service's database.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A deadline that fires later than this after its set time counts as late (<c>summit.deadline.late</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DeadlineLateAfter { get; set; } = TimeSpan.FromSeconds(30);
}
