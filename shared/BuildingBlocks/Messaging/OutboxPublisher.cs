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
/// </summary>
public sealed class OutboxPublisher(TimeProvider clock, OutboxOptions options, SummitMetrics? metrics = null)
{
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(MeetingScheduled).Assembly;

    public async Task<int> PublishPendingAsync(ServiceDbContext db, IPublishEndpoint publisher, CancellationToken cancellationToken)
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
