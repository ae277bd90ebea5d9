using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SummitCoordination.Statements.Public;

/// <summary>
/// A save that changes what observers read (a publication, a commitment) drops the cached public replies once it has
/// committed: the eviction is a side effect after the commit (<see cref="BuildingBlocks.Persistence.ServiceDbContext.AfterCommit"/>),
/// never from inside the DbContext and never for a save that failed.
/// </summary>
public sealed class PublicDataChangedInterceptor(PublicReadCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Watch(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Watch(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Watch(DbContextEventData eventData)
    {
        if (eventData.Context is StatementsDbContext db && db.TouchesPublicData())
        {
            db.AfterCommit(_ =>
            {
                cache.PublicDataChanged();
                return Task.CompletedTask;
            });
        }
    }
}
