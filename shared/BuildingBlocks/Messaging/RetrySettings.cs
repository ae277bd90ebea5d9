using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Configuration <c>Messaging:Retry:*</c>: how a consumer tries again. A transient fault (full disk, lock, store out of
/// reach, concurrency conflict) is retried in process after each of <see cref="Intervals"/>; if it still fails the
/// message is parked and sent again after each of <see cref="ParkedDelays"/> (the last one repeating) until
/// <see cref="MaxParkedAttempts"/>. Any other fault is recorded as failed at once, for an operator to re-drive.
/// </summary>
public sealed class RetrySettings : IValidatableObject
{
    public List<TimeSpan> Intervals { get; set; } = [];

    public List<TimeSpan> ParkedDelays { get; set; } = [];

    [Range(1, 1000)]
    public int MaxParkedAttempts { get; set; } = 30;

    public static readonly TimeSpan[] DefaultIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30),
         TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5)];

    public static readonly TimeSpan[] DefaultParkedDelays =
        [TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    public static RetrySettings From(IConfiguration configuration)
    {
        var settings = new RetrySettings();
        configuration.GetSection("Messaging:Retry").Bind(settings);
        settings.ApplyDefaults();
        return settings;
    }

    /// <summary>The default intervals and delays where the configuration gives none.</summary>
    public void ApplyDefaults()
    {
        if (Intervals.Count == 0)
        {
            Intervals.AddRange(DefaultIntervals);
        }

        if (ParkedDelays.Count == 0)
        {
            ParkedDelays.AddRange(DefaultParkedDelays);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Intervals.Any(i => i < TimeSpan.Zero))
        {
            yield return new ValidationResult("no interval may be negative.", [nameof(Intervals)]);
        }

        if (ParkedDelays.Any(d => d <= TimeSpan.Zero))
        {
            yield return new ValidationResult("every delay must be longer than zero.", [nameof(ParkedDelays)]);
        }
    }
}
