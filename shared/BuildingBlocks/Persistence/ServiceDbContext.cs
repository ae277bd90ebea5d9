namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// The base of every service's DbContext: its outbox and inbox tables, UTC instants and the
/// <see cref="Aggregate.Version"/> concurrency token. A change and the events it raises are saved together.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<ParkedMessage> ParkedMessages => Set<ParkedMessage>();

    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    private IDbContextTransaction? _untilSave;

    /// <summary>Queues an event to be published once this unit of work commits.</summary>
    public void Raise(object message, DateTime occurredUtc) =>
        OutboxMessages.Add(OutboxMessage.Create(message, occurredUtc));

    /// <summary>
    /// A side effect outside this database (a timer, a cache eviction) that runs once the next save of this unit of work
    /// has committed: never before, and never for a save that failed (a failed save keeps it for the save that follows,
    /// unless the act starts over: <see cref="StartOver"/>).
    /// A crash between the commit and the effect is repaired where it matters (timers are restored at start).
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> effect) => _afterCommit.Add(effect);

    /// <summary>
    /// Forgets everything this unit of work read, changed, raised and queued, so an act that lost a race runs again from
    /// the start on what is committed now (a retry on a version token).
    /// </summary>
    public void StartOver()
    {
        ChangeTracker.Clear();
        _afterCommit.Clear();
        // A write taken under a transaction held for this unit of work (a counter) is undone with it.
        _untilSave?.Dispose();
        _untilSave = null;
    }

    /// <summary>
    /// Opens this unit of work's transaction now, unless one is open, so that a write made straight to the database
    /// before the save (a number taken from a counter) keeps its lock until the save and commits or rolls back with it:
    /// the next save commits it; <see cref="StartOver"/> or disposal rolls it back.
    /// </summary>
    public async Task<System.Data.Common.DbTransaction> TransactionUntilSaveAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            _untilSave = await Database.BeginTransactionAsync(cancellationToken);
        }

        return Database.CurrentTransaction!.GetDbTransaction();
    }

    /// <summary>Side effects waiting for the next commit (for tests and diagnostics).</summary>
    public int PendingAfterCommit => _afterCommit.Count;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).ValueGeneratedOnAdd();
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => new { m.SentUtc, m.Sequence });
            e.Property(m => m.MessageType).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(1000);
            e.Property(m => m.TraceParent).HasMaxLength(128);
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(200);
        });
        modelBuilder.Entity<ParkedMessage>(e =>
        {
            e.ToTable("ParkedMessages");
            e.HasKey(m => m.Id);
            e.HasIndex(m => new { m.MessageId, m.Consumer }).IsUnique();
            e.Property(m => m.Consumer).HasMaxLength(200);
            e.Property(m => m.Queue).HasMaxLength(300);
            e.Property(m => m.MessageType).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(2000);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(Aggregate).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(Aggregate.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (_untilSave is { } held)
        {
            _untilSave = null;
            using (held)
            {
                held.Commit();
            }
        }

        RunAfterCommitAsync(CancellationToken.None).GetAwaiter().GetResult();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (_untilSave is { } held)
        {
            _untilSave = null;
            await using (held)
            {
                await held.CommitAsync(CancellationToken.None);
            }
        }

        await RunAfterCommitAsync(cancellationToken);
        return saved;
    }

    private async Task RunAfterCommitAsync(CancellationToken cancellationToken)
    {
        // Inside a transaction the caller opened, the save is not the commit: the effects wait for the caller's next save after it.
        if (_afterCommit.Count == 0 || Database.CurrentTransaction is not null)
        {
            return;
        }

        var effects = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var effect in effects)
        {
            // The change is committed whatever happens here: the effect must not undo it, so it uses a token of its own.
            await effect(cancellationToken.IsCancellationRequested ? CancellationToken.None : cancellationToken);
        }
    }

    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<Aggregate>())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && HasChangedOwnedOrChildren(entry)))
            {
                entry.Entity.Version++;
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }
            }
        }
    }

    // A change to a collection held by the aggregate (a delegation added to a meeting) changes the aggregate too.
    private static bool HasChangedOwnedOrChildren(EntityEntry<Aggregate> entry) =>
        entry.Navigations.Any(n => n is CollectionEntry c && c.CurrentValue is not null &&
            c.CurrentValue.Cast<object>().Any(child => entry.Context.Entry(child).State is EntityState.Added or EntityState.Modified or EntityState.Deleted));
}
