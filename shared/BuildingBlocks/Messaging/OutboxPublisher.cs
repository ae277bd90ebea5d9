using MassTransit;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Publishes the unsent rows of one outbox in batches, each row under its own message id, and marks what went out in one
/// statement. Order is kept per aggregate (<see cref="OutboxAggregate"/>): the rows of one aggregate go one after another,
/// each publish (its publisher confirm) awaited before the next, in the order they were written, while up to
/// <see cref="OutboxOptions.PublishConcurrency"/> aggregates publish side by side. A row that fails holds back the later rows
/// of its aggregate (they are tried again, in order, next round) and no other aggregate's. A row published whose mark was
/// lost is published again with the same id, which the consumers' inbox drops.
/// Each row is published in a span whose parent is the work that wrote it, so its trace goes on through the broker.
/// On PostgreSQL and SQL Server, where several instances of a service share the outbox, one batch has one leader
/// (<see cref="OutboxLeader"/>).
/// </summary>
public sealed class OutboxPublisher(TimeProvider clock, OutboxOptions options, SummitMetrics? metrics = null)
{
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
            // The rows that went out keep their marks, and each row that failed its attempt.
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
        // Read untracked: the marks are written by statements, and a dispatcher's context lives for many batches.
        var pending = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentUtc == null)
            .OrderBy(m => m.Sequence)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        // Every row is read back into its event before any is published: a row that cannot be (an unknown type) stops the
        // batch before it starts, as it always did.
        var aggregates = pending.Select(Outgoing.Of).GroupBy(o => o.Aggregate ?? "").ToList();
        using var batch = new Batch(db, publisher, options.PublishConcurrency);
        // Rows of one aggregate in the order written, one after another; aggregates side by side, so a batch waits for the
        // broker's confirms about as long as its longest aggregate, not the sum of all its rows.
        await Task.WhenAll(aggregates.Select(rows => PublishInOrderAsync(batch, rows, cancellationToken)).ToList());

        var published = batch.Sent.ToArray();
        if (published.Length > 0)
        {
            // One statement marks every row of the batch that went out (a commit per row was most of the cost of draining a
            // backlog). A crash before it publishes them again under the same message ids, which the consumers' inboxes drop.
            DateTime? sentUtc = clock.GetUtcNow().UtcDateTime;
            await db.OutboxMessages
                .Where(m => EF.Parameter(published).Contains(m.Sequence))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentUtc, sentUtc)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        }

        var failures = batch.Failures.OrderBy(f => f.Row.Sequence).ToList();
        foreach (var (row, error) in failures)
        {
            var message = OutboxMessage.Truncated(error.Message);
            await db.OutboxMessages
                .Where(m => m.Sequence == row.Sequence)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, message), CancellationToken.None);
        }

        if (failures.Count > 0)
        {
            // What went out is marked; the dispatcher backs off as in any outage, and the failed aggregates' rows wait.
            throw new OutboxPublishException(failures[0].Row.MessageId, failures[0].Error);
        }

        return published.Length;
    }

    /// <summary>
    /// One aggregate's rows of the batch, each awaited (its publisher confirm) before the next. A row that fails holds back
    /// the later rows of its aggregate until the next round, and no other aggregate's.
    /// </summary>
    private async Task PublishInOrderAsync(Batch batch, IEnumerable<Outgoing> rows, CancellationToken cancellationToken)
    {
        await batch.Slots.WaitAsync(cancellationToken);
        try
        {
            foreach (var outgoing in rows)
            {
                if (!await TryPublishAsync(batch, outgoing, cancellationToken))
                {
                    return;
                }
            }
        }
        finally
        {
            batch.Slots.Release();
        }
    }

    private async Task<bool> TryPublishAsync(Batch batch, Outgoing outgoing, CancellationToken cancellationToken)
    {
        var row = outgoing.Row;
        using var activity = SummitTelemetry.StartOutboxPublish(row, outgoing.Type);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.PublishTimeout);
            await batch.Publisher.Publish(outgoing.Message, outgoing.Type, context => context.MessageId = row.MessageId, timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            batch.Failures.Enqueue((row, ex));
            return false;
        }

        metrics?.OutboxPublished(batch.Service, clock.GetUtcNow().UtcDateTime - row.OccurredUtc);
        batch.Sent.Enqueue(row.Sequence);
        return true;
    }

    /// <summary>What the aggregates of one batch share while they publish side by side.</summary>
    private sealed class Batch(ServiceDbContext db, IPublishEndpoint publisher, int concurrency) : IDisposable
    {
        public IPublishEndpoint Publisher { get; } = publisher;

        public string Service { get; } = SummitTelemetry.ServiceOf(db.GetType());

        /// <summary>Aggregates publishing at once: each has one publish (one confirm) in flight at a time.</summary>
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        public ConcurrentQueue<long> Sent { get; } = new();

        public ConcurrentQueue<(OutboxMessage Row, Exception Error)> Failures { get; } = new();

        public void Dispose() => Slots.Dispose();
    }

    /// <summary>A row read back into its event, with the aggregate it belongs to.</summary>
    private sealed record Outgoing(OutboxMessage Row, Type Type, object Message, string? Aggregate)
    {
        public static Outgoing Of(OutboxMessage row)
        {
            var (type, message) = MessageJson.Read(row.MessageType, row.Payload, $"Outbox row {row.Sequence}");
            return new Outgoing(row, type, message, OutboxAggregate.KeyOf(message));
        }
    }
}
