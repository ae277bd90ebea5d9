using Quartz;

namespace SummitCoordination.BuildingBlocks.Deadlines;

public sealed class QuartzDeadlines(ISchedulerFactory factory) : IDeadlines
{
    private const string Group = "deadlines";

    public async Task SetAsync<TJob>(string key, DateTime atUtc, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key, Group)
            .UsingJobData(new JobDataMap(data.ToDictionary(kv => kv.Key, kv => (object?)kv.Value)))
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key, Group)
            .ForJob(job)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)))
            // A deadline missed while the service was down fires as soon as it is back.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task ClearAsync(string key, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(key, Group), cancellationToken);
    }

    public async Task<DateTime?> NextFireAsync(string key, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(key, Group), cancellationToken);
        return trigger?.NextFireTimeUtc?.UtcDateTime;
    }
}
