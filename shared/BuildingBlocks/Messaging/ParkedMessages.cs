using MassTransit;
using Quartz;
using SummitCoordination.BuildingBlocks.Deadlines;

namespace SummitCoordination.BuildingBlocks.Messaging;

public sealed record ParkedMessageResponse(Guid Id, Guid MessageId, string Consumer, string MessageType, string Status, int Attempts,
    DateTime ParkedUtc, DateTime? NextAttemptUtc, DateTime? FailedUtc, string LastError);

/// <summary>One service's parked and failed messages: parking, the deadlines that send them again, and what operators see and do.</summary>
public interface IMessageOperations
{
    string Service { get; }

    Task<IReadOnlyList<ParkedMessageResponse>> ListAsync(CancellationToken cancellationToken);

    Task<ParkedMessageResponse> RedriveAsync(Guid id, CancellationToken cancellationToken);

    Task<(int Parked, int Failed)> CountAsync(CancellationToken cancellationToken);

    Task RestoreAsync(CancellationToken cancellationToken);
}

public sealed class MessageOperations<TContext>(string service, TContext db, IServiceProvider services, TimeProvider clock, RetrySettings retry,
    ILogger<MessageOperations<TContext>> logger) : IMessageOperations
    where TContext : ServiceDbContext
{
    public string Service => service;

    private IDeadlines Deadlines => services.GetRequiredKeyedService<IDeadlines>(service);

    /// <summary>Records a message one consumer could not apply: parked (transient) or failed; false if even that cannot be written.</summary>
    public async Task<bool> ParkAsync(ConsumeContext context, object message, string consumer, Exception error, bool transient)
    {
        try
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow().UtcDateTime;
            var messageId = context.MessageId!.Value;
            var row = await db.ParkedMessages.SingleOrDefaultAsync(m => m.MessageId == messageId && m.Consumer == consumer, CancellationToken.None);
            if (row is null)
            {
                row = ParkedMessage.Create(messageId, consumer, context.ReceiveContext.InputAddress.ToString(), message, now);
                db.ParkedMessages.Add(row);
            }

            var reason = error.GetBaseException().Message;
            if (transient && row.Attempts < retry.MaxParkedAttempts)
            {
                row.Park(reason, retry.ParkedDelays, now);
            }
            else
            {
                row.Fail(reason, now);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            if (row.NextAttemptUtc is { } at)
            {
                await ScheduleAsync(row.Id, at);
                logger.LogWarning("{Consumer} parked message {MessageId} after a transient fault ({Error}); next attempt at {At:u}", consumer, messageId, reason, at);
            }
            else
            {
                logger.LogError(error, "{Consumer} could not apply message {MessageId}; recorded as failed for an operator to re-drive", consumer, messageId);
            }

            return true;
        }
        catch (Exception parking) when (StorageFaults.IsTransient(parking) || parking is DbUpdateException)
        {
            logger.LogCritical(parking, "{Consumer} could neither apply nor park message {MessageId}; it goes to the error queue", consumer, context.MessageId);
            return false;
        }
    }

    public Task ScheduleAsync(Guid parkedId, DateTime atUtc) =>
        Deadlines.SetAsync<RedriveJob<TContext>>(RedriveJob<TContext>.Key(parkedId), atUtc,
            new Dictionary<string, string> { ["parked"] = parkedId.ToString(), ["service"] = service }, CancellationToken.None);

    /// <summary>At start: a parked message whose deadline was lost (a crash between parking and scheduling) gets it back.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var pending = await db.ParkedMessages.AsNoTracking().Where(m => m.NextAttemptUtc != null).ToListAsync(cancellationToken);
        await Deadlines.RestoreMissingAsync(pending, m => RedriveJob<TContext>.Key(m.Id), (m, _) => ScheduleAsync(m.Id, m.NextAttemptUtc!.Value), cancellationToken);
    }

    public async Task<IReadOnlyList<ParkedMessageResponse>> ListAsync(CancellationToken cancellationToken) =>
        (await db.ParkedMessages.AsNoTracking().OrderBy(m => m.ParkedUtc).ToListAsync(cancellationToken)).Select(Response).ToList();

    public async Task<ParkedMessageResponse> RedriveAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.ParkedMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw DomainException.NotFound("Message", id);
        var now = clock.GetUtcNow().UtcDateTime;
        row.Redrive(now);
        await db.SaveChangesAsync(cancellationToken);
        await ScheduleAsync(row.Id, now);
        return Response(row);
    }

    public async Task<(int Parked, int Failed)> CountAsync(CancellationToken cancellationToken)
    {
        var failed = await db.ParkedMessages.CountAsync(m => m.FailedUtc != null, cancellationToken);
        var all = await db.ParkedMessages.CountAsync(cancellationToken);
        return (all - failed, failed);
    }

    private static ParkedMessageResponse Response(ParkedMessage m) => new(m.Id, m.MessageId, m.Consumer, m.MessageType, m.IsFailed ? "Failed" : "Parked",
        m.Attempts, m.ParkedUtc, m.NextAttemptUtc, m.FailedUtc, m.LastError);
}

/// <summary>Sends a parked message again, to the one consumer's queue, under its original message id.</summary>
public sealed class RedriveJob<TContext>(TContext db, IBus bus, IServiceProvider services, TimeProvider clock, ILogger<RedriveJob<TContext>> logger) : IJob
    where TContext : ServiceDbContext
{
    public static string Key(Guid parkedId) => $"redrive-{parkedId:N}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var activity = SummitTelemetry.StartDeadline("RedriveJob", context.JobDetail.Key.Name);
        var id = Guid.Parse(context.MergedJobDataMap.GetString("parked")!);
        var row = await db.ParkedMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row?.NextAttemptUtc is null)
        {
            return;
        }

        var (type, message) = MessageJson.Read(row.MessageType, row.Payload, $"Parked message {row.Id}");
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(row.Queue));
            await endpoint.Send(message, type, c => c.MessageId = row.MessageId, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The broker is out of reach: try again in a minute; the row stays parked meanwhile.
            logger.LogWarning(e, "Re-driving message {MessageId} failed; trying again in a minute", row.MessageId);
            var service = context.MergedJobDataMap.GetString("service")!;
            await services.GetRequiredKeyedService<IDeadlines>(service).SetAsync<RedriveJob<TContext>>(Key(id), clock.GetUtcNow().UtcDateTime.AddMinutes(1),
                new Dictionary<string, string> { ["parked"] = id.ToString(), ["service"] = service }, CancellationToken.None);
        }
    }
}

/// <summary>Readiness data: how many messages wait parked and how many failed for good (Healthy: the service itself can work).</summary>
public sealed class ParkedMessagesHealthCheck<TContext>(MessageOperations<TContext> operations) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (parked, failed) = await operations.CountAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["parked"] = parked, ["failed"] = failed };
        return HealthCheckResult.Healthy($"{parked} parked, {failed} failed messages", data);
    }
}
