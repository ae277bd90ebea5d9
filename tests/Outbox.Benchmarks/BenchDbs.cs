using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Outbox.Benchmarks;

/// <summary>The writing service's database: nothing but its outbox.</summary>
public sealed class WriterDb(DbContextOptions<WriterDb> options) : ServiceDbContext(options);

/// <summary>One row per event applied by the consumer.</summary>
public sealed class Applied
{
    public long Id { get; set; }
    public Guid MeetingId { get; set; }
    public DateTime WrittenUtc { get; set; }
}

/// <summary>The consuming service's database: its inbox and what it applied.</summary>
public sealed class ReaderDb(DbContextOptions<ReaderDb> options) : ServiceDbContext(options)
{
    public DbSet<Applied> Applied => Set<Applied>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Applied>().HasKey(a => a.Id);
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>How many events were applied (committed) and how long after their write.</summary>
public sealed class Progress
{
    private readonly List<double> _latencies = [];
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;

    public int Count
    {
        get
        {
            lock (_latencies)
            {
                return _latencies.Count;
            }
        }
    }

    public Task All => _all.Task;

    public void Expect(int count)
    {
        lock (_latencies)
        {
            _expected = count;
            if (_latencies.Count >= count)
            {
                _all.TrySetResult();
            }
        }
    }

    public void Applied(TimeSpan sinceWritten)
    {
        lock (_latencies)
        {
            _latencies.Add(sinceWritten.TotalMilliseconds);
            if (_latencies.Count >= _expected)
            {
                _all.TrySetResult();
            }
        }
    }

    public double Percentile(double p)
    {
        lock (_latencies)
        {
            if (_latencies.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _latencies.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }
}

/// <summary>A consumer of the services' kind: inbox, one insert, one save; counted once committed.</summary>
public sealed class AnnouncedConsumer(ReaderDb db, TimeProvider clock, Progress progress) : IdempotentConsumer<MeetingAnnounced, ReaderDb>(db, clock)
{
    protected override Task Handle(MeetingAnnounced message, CancellationToken cancellationToken) => Apply(Db, Clock, progress, message);

    /// <summary>One insert, counted once committed.</summary>
    public static Task Apply(ReaderDb db, TimeProvider clock, Progress progress, MeetingAnnounced message)
    {
        db.Applied.Add(new Applied { MeetingId = message.MeetingId, WrittenUtc = message.AtUtc });
        db.AfterCommit(_ =>
        {
            progress.Applied(clock.GetUtcNow().UtcDateTime - message.AtUtc);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }
}

/// <summary>The same consumer applying what waits on its queue in batches (SUMMIT_BENCH_BATCH=1).</summary>
public sealed class AnnouncedBatchConsumer(ReaderDb db, TimeProvider clock, Progress progress) : IdempotentBatchConsumer<MeetingAnnounced, ReaderDb>(db, clock)
{
    protected override Task Handle(MeetingAnnounced message, CancellationToken cancellationToken) => AnnouncedConsumer.Apply(Db, Clock, progress, message);
}

public sealed class AnnouncedBatchConsumerDefinition() : ServiceConsumerDefinition<AnnouncedBatchConsumer>("bench");

/// <summary>The services' endpoint settings; SUMMIT_BENCH_CONSUMER_LIMIT tries another number of messages applied at once.</summary>
public sealed class AnnouncedConsumerDefinition : ServiceConsumerDefinition<AnnouncedConsumer>
{
    public AnnouncedConsumerDefinition()
        : base("bench")
    {
        if (Environment.GetEnvironmentVariable("SUMMIT_BENCH_CONSUMER_LIMIT") is { Length: > 0 } limit)
        {
            ConcurrentMessageLimit = int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
