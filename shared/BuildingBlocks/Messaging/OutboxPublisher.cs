using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.BuildingBlocks.Telemetry;
using SummitCoordination.Contracts;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Publishes the unsent rows of one outbox in the order they were written, each under its own message id,
/// and marks the batch sent in one transaction. A row that fails stops the batch (so order holds) and is tried again later; a row
/// published whose mark was lost is published again with the same id, which the consumers' inbox drops.
/// Each row is published in a span whose parent is the work that wrote it, so its trace goes on through the broker.
/// On PostgreSQL and SQL Server, where several instances of a service share the outbox, one batch has one leader
/// (<see cref="OutboxLeader"/>).
/// </summary>
public sealed class OutboxPublisher(TimeProvider clock, OutboxOptions options, SummitMetrics? metrics = null)
{
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(MeetingScheduled).Assembly;

    /// <summary>
    /// Publishes the next batch and answers how many rows went out: 0 also when another instance is draining this outbox now.
    /// The read, the publishing and the marks run in one transaction holding the leader's lock, so the next leader starts
    /// after this batch's marks are committed: a row is never read as unsent by two instances, and batches never overlap.
    /// No retrying execution strategy is configured (<see cref="DatabaseExtensions"/>): one would refuse this transaction,
    /// and a batch half published must not be replayed by it anyway; the dispatcher's next poll is the retry.
    /// </summary>
    public async Task<int> PublishPendingAsync(ServiceDbContext db, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        if (OutboxLeader.LockedOn(db) is not { } provider)
        {
            return await PublishBatchAsync(db, publisher, cancellationToken);
        }

        // In a transaction the caller holds open, the lock and the commit are the caller's.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (!await OutboxLeader.TryLeadAsync(db, provider, cancellationToken))
        {
            return 0;
        }

        int published;
        try
        {
            published = await PublishBatchAsync(db, publisher, cancellationToken);
        }
        catch (OutboxPublishException) when (own is not null)
        {
            // The rows published before the one that failed keep their marks, and the failed row its attempt.
            await own.CommitAsync(CancellationToken.None);
            throw;
        }

        if (own is not null)
        {
            await own.CommitAsync(CancellationToken.None);
        }

        return published;
    }

    private async Task<int> PublishBatchAsync(ServiceDbContext db, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages
            .Where(m => m.SentUtc == null)
            .OrderBy(m => m.Sequence)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        var service = SummitTelemetry.ServiceOf(db.GetType());
        foreach (var row in pending)
        {
            var type = ContractsAssembly.GetType(row.MessageType)
                ?? throw new InvalidOperationException($"Outbox row {row.Sequence} names unknown message type {row.MessageType}.");
            var message = System.Text.Json.JsonSerializer.Deserialize(row.Payload, type, MessageJson.Options)!;

            using var activity = SummitTelemetry.StartOutboxPublish(row, type);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.PublishTimeout);
                await publisher.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                row.MarkFailed(ex.Message);
                // The rows published before this one are marked with it, in one transaction.
                await db.SaveChangesAsync(CancellationToken.None);
                throw new OutboxPublishException(row.MessageId, ex);
            }

            var sent = clock.GetUtcNow().UtcDateTime;
            row.MarkSent(sent);
            metrics?.OutboxPublished(service, sent - row.OccurredUtc);
            published++;
        }

        // One transaction marks the whole batch sent (a commit per row was most of the cost of draining a backlog). A crash
        // before it publishes the batch again under the same message ids, which the consumers' inboxes drop.
        if (published > 0)
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return published;
    }
}
