using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// A consumer that applies each message once: the inbox row, the change and any events it raises are
/// saved in one transaction, so a redelivered message (same message id) changes nothing twice.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;

        try
        {
            // A retry reuses this scope: forget whatever the failed attempt left tracked or queued.
            Db.StartOver();
            if (await Db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
            {
                return;
            }

            await Handle(context.Message, context.CancellationToken);
            Db.InboxMessages.Add(new InboxMessage(messageId, consumer, Clock.GetUtcNow().UtcDateTime));
            // Applied at last: it is no longer parked.
            Db.ParkedMessages.RemoveRange(await Db.ParkedMessages.Where(m => m.MessageId == messageId && m.Consumer == consumer).ToListAsync(context.CancellationToken));
            await Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (Exception error) when (!context.CancellationToken.IsCancellationRequested && context.TryGetPayload<IServiceProvider>(out var services))
        {
            var retry = services.GetService<RetrySettings>();
            var operations = services.GetService<MessageOperations<TContext>>();
            var transient = ConsumerFaults.IsTransient(error);
            // A transient fault is retried in process first (the endpoint's retry filter); a lasting one is not.
            if (retry is null || operations is null || (transient && context.GetRetryAttempt() < retry.Intervals.Count))
            {
                throw;
            }

            // Out of quick retries: park it (to be sent again later, across restarts) or record it as failed.
            if (!await operations.ParkAsync(context, context.Message, consumer, error, transient))
            {
                throw;
            }
        }
    }


    /// <summary>Loads, calls the domain; the base saves.</summary>
    protected abstract Task Handle(TMessage message, CancellationToken cancellationToken);
}

public static class ConsumerFaults
{
    /// <summary>A fault that passes by itself: the store full, locked or out of reach, or a concurrent write.</summary>
    public static bool IsTransient(Exception error) =>
        StorageFaults.IsTransient(error) || error is DbUpdateConcurrencyException
        // Two deliveries of one message racing to the same inbox row: the retry finds it applied.
        || error.GetBaseException() is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 }
            or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };
}
