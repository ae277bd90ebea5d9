using Quartz;

namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>Records, for every job a service's scheduler fires, how long after its set time it fired.</summary>
public sealed class DeadlineTelemetry(SummitMetrics metrics) : IJobListener
{
    public string Name => nameof(DeadlineTelemetry);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // Every deadline is a one-shot trigger that starts at its set time. A deadline missed while the service was down
        // is fired "now" on its return, which moves its scheduled fire time but not its start: the start is what was due.
        var due = context.Trigger.StartTimeUtc;
        metrics.DeadlineFired(context.Scheduler.SchedulerName, SummitTelemetry.ShortName(context.JobInstance.GetType()), context.FireTimeUtc - due);
        return ValueTask.CompletedTask;
    }
}
