using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>
/// How a service's scheduler works through deadlines that fall due together (section <c>Deadlines</c>): thousands of
/// commitments due at one instant must all fire, once each, none of them treated as misfired, and as soon as the
/// database allows (tests/Deadlines.Benchmarks measures how soon).
/// </summary>
public sealed class DeadlineSettings : IValidatableObject
{
    /// <summary>
    /// Jobs that run at once. A deadline job is a short database transaction, so a few threads keep the store busy; more
    /// only queue on the database (SQLite has one writer).
    /// </summary>
    [Range(1, 100)]
    public int ThreadCount { get; set; } = 10;

    /// <summary>
    /// Triggers acquired and fired in one round of the scheduler (one transaction and one lock for the lot, instead of
    /// one each). Quartz refuses a batch larger than the thread pool: the triggers beyond it would be held, unfireable.
    /// </summary>
    [Range(1, 100)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>
    /// How far ahead of its time a trigger may be taken into a batch, and so fire early. Zero: a batch holds only what
    /// is already due. The jobs act only on what is due when they run (a commitment is marked overdue only once its due
    /// time has passed), so a deadline fired early does nothing and is gone; hence at most one second, and zero by default.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01")]
    public TimeSpan FireAheadWindow { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How late a trigger may be and still be fired by the normal rounds. Later than this, Quartz leaves it to its
    /// misfire handler, which scans once per <see cref="MisfireScanInterval"/>: a burst of due deadlines that took longer
    /// than Quartz's one minute to drain stopped at that mark until the next scan (the gap measured before issue 21.5).
    /// Long enough that a backlog never crosses it; a deadline missed while the service was down still fires at once on
    /// its return (FireNow).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How often the misfire handler looks for triggers older than <see cref="MisfireThreshold"/>. Quartz would look as
    /// seldom as the threshold is long; a deadline set when it is already older than that (restored at start after a
    /// long outage, say) waits for this scan, so it stays short.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MisfireScanInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the scheduler waits between two looks at its store when nothing is due sooner (Quartz's idle wait,
    /// 30 s by default). A deadline set in this process wakes it at once; one set by another instance of a clustered
    /// service is seen at the next look. Tests that move a fake clock days ahead set it long: each look is a query.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxBatchSize > ThreadCount)
        {
            yield return new ValidationResult(
                $"MaxBatchSize ({MaxBatchSize}) must not exceed ThreadCount ({ThreadCount}): Quartz would hold triggers it has no thread to fire.",
                [nameof(MaxBatchSize)]);
        }
    }
}
