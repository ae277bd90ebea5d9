using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the outbox dispatcher of one DbContext as soon as something was saved, so events leave without waiting for the poll;
/// and again when a transaction commits (a save inside a transaction held open is not yet visible to the dispatcher).
/// </summary>
public sealed class OutboxSignal<TContext> : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Notify();

    private readonly SemaphoreSlim _signal = new(0, 1);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify();
        return base.SavedChanges(eventData, result);
    }

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up is enough.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
