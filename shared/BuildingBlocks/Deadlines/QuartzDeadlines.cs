using Quartz;

namespace SummitCoordination.BuildingBlocks.Deadlines;

public sealed class QuartzDeadlines(ISchedulerFactory factory) : IDeadlines
{
    private const string Group = "deadlines";

    public async Task SetAsync<TJob>(string key, DateTime atUtc, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var (job, trigger) = Build<TJob>(key, atUtc, data);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task SetManyAsync<TJob>(IReadOnlyCollection<Deadline> deadlines, CancellationToken cancellationToken)
        where TJob : IJob
    {
        if (deadlines.Count == 0)
        {
            return;
        }

        var scheduler = await factory.GetScheduler(cancellationToken);
        var jobs = deadlines.Select(d => Build<TJob>(d.Key, d.AtUtc, d.Data))
            .ToDictionary(p => p.Job, p => (IReadOnlyCollection<ITrigger>)[p.Trigger]);
        await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>
    /// The job and the one-shot trigger of a deadline, as <see cref="SetAsync{TJob}"/> stores them; public so that the
    /// deadline benchmark schedules thousands in one call with exactly the triggers the services set.
    /// </summary>
    public static (IJobDetail Job, ITrigger Trigger) Build<TJob>(string key, DateTime atUtc, IReadOnlyDictionary<string, string> data)
        where TJob : IJob
    {
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
        return (job, trigger);
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
