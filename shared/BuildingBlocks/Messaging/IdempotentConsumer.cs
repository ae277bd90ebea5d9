using MassTransit;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// A consumer that applies each message once: the inbox row, the change and any events it raises are
/// saved in one transaction, so a redelivered message (same message id) changes nothing twice.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock)
    : InboxConsumer<TMessage, TContext>(db, clock), IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    public Task Consume(ConsumeContext<TMessage> context) => ApplyAsync(context, context);
}

/// <summary>
/// An <see cref="IdempotentConsumer{TMessage, TContext}"/> that takes the messages waiting on its queue in batches
/// (<see cref="ServiceConsumerDefinition{TConsumer}"/> sets the size and the wait) and applies a batch in one transaction:
/// one inbox query for the batch, each message handled and saved in turn (so a message sees what the one before it
/// changed), one commit. The effects queued by the messages (timers) run once the batch is committed. If the batch
/// fails, nothing of it is kept and each message is applied alone with the rules of a single message (tried again,
/// parked, recorded as failed), so one bad message never holds the others back.
/// </summary>
public abstract class IdempotentBatchConsumer<TMessage, TContext>(TContext db, TimeProvider clock)
    : InboxConsumer<TMessage, TContext>(db, clock), IConsumer<Batch<TMessage>>
    where TMessage : class
    where TContext : ServiceDbContext
{
    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var batch = context.Message;
        if (batch.Length > 1)
        {
            try
            {
                await ApplyTogetherAsync(batch, context.CancellationToken);
                return;
            }
            catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
            {
                // Rolled back: fall through and apply each message alone.
            }
        }

        foreach (var message in batch)
        {
            await ApplyAsync(message, context);
        }
    }

    private async Task ApplyTogetherAsync(Batch<TMessage> batch, CancellationToken cancellationToken)
    {
        var consumer = GetType().Name;
        var ids = batch.Select(m => m.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.")).ToList();
        Db.StartOver();
        await using (var transaction = await Db.Database.BeginTransactionAsync(cancellationToken))
        {
            var applied = (await Db.InboxMessages.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId))
                .Select(m => m.MessageId).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var message in batch)
            {
                // Applied before, or a second copy within the batch.
                if (!applied.Add(message.MessageId!.Value))
                {
                    continue;
                }

                await Handle(message.Message, cancellationToken);
                Db.InboxMessages.Add(new InboxMessage(message.MessageId.Value, consumer, Clock.GetUtcNow().UtcDateTime));
                // Saved within the batch's transaction, not committed: the next message's queries see it.
                await Db.SaveChangesAsync(cancellationToken);
            }

            Db.ParkedMessages.RemoveRange(await Db.ParkedMessages.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).ToListAsync(cancellationToken));
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Committed: the effects the messages queued (they wait while a transaction is open) run now.
        await Db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>What the one-by-one and the batch consumers share: applying one message once, or parking it.</summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock)
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>
    /// Applies one message in its own transaction, unless its inbox row says it was. <paramref name="scope"/> is the context
    /// the consumer was made in (the message's own, or its batch's): it carries the services.
    /// </summary>
    protected async Task ApplyAsync(ConsumeContext<TMessage> context, ConsumeContext scope)
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
        catch (Exception error) when (!context.CancellationToken.IsCancellationRequested
                                      && (scope.TryGetPayload<IServiceProvider>(out var services) || context.TryGetPayload(out services)))
        {
            var retry = services.GetService<RetrySettings>();
            var operations = services.GetService<MessageOperations<TContext>>();
            var transient = ConsumerFaults.IsTransient(error);
            // A transient fault is retried in process first (the endpoint's retry filter); a lasting one is not.
            if (retry is null || operations is null || (transient && Math.Max(context.GetRetryAttempt(), scope.GetRetryAttempt()) < retry.Intervals.Count))
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
