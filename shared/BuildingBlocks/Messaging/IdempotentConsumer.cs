using MassTransit;
using Microsoft.EntityFrameworkCore;
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

        // A retry reuses this scope: forget whatever the failed attempt left tracked.
        Db.ChangeTracker.Clear();
        if (await Db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
        {
            return;
        }

        await Handle(context.Message, context.CancellationToken);
        Db.InboxMessages.Add(new InboxMessage(messageId, consumer, Clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Loads, calls the domain; the base saves.</summary>
    protected abstract Task Handle(TMessage message, CancellationToken cancellationToken);
}
