// Issue 21.3: events at the broker's pace. A backlog of outbox rows published through the services' own dispatcher
// (OutboxDispatcher, OutboxPublisher, MassTransit on RabbitMQ) and applied by a consumer of the services' kind
// (IdempotentConsumer: inbox row, one insert, one save, on SQLite), against bare RabbitMQ.Client on the same broker
// (publish, each confirm awaited, then consume and ack). With "writers", W writers save events for T seconds instead and
// the time from each write to its application is measured.
//   dotnet run -c Release --project tests/Outbox.Benchmarks -- [rows=5000] [aggregates=100] [backlog|writers] [writers=4] [seconds=10] [writes/s per writer, 0 = back to back] [--Outbox:PublishConcurrency=1 ...]
// The broker: SUMMIT_BENCH_RABBITMQ_PORT (5672) on 127.0.0.1, guest/guest. SUMMIT_BENCH_BATCH=1: the consumer applies batches (IdempotentBatchConsumer).
// SUMMIT_BENCH_POSTGRES=<server connection string, no database>: writer and reader on fresh PostgreSQL databases (dropped after).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.Outbox.Benchmarks;

var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var settingsArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
int Arg(int i, int fallback) => positional.Length > i ? int.Parse(positional[i], CultureInfo.InvariantCulture) : fallback;
var rows = Arg(0, 5000);
var aggregates = Arg(1, 100);
var writersMode = positional.Length > 2 && positional[2] == "writers";
var writers = Arg(3, 4);
var seconds = Arg(4, 10);
// Writes per second per writer (0: back to back).
var pace = Arg(5, 0);
var port = int.Parse(Environment.GetEnvironmentVariable("SUMMIT_BENCH_RABBITMQ_PORT") ?? "5672", CultureInfo.InvariantCulture);
var dir = Path.Combine(Path.GetTempPath(), $"summit-outbox-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(dir);
var writerFile = $"Data Source={Path.Combine(dir, "writer.db")}";
var readerFile = $"Data Source={Path.Combine(dir, "reader.db")}";
// SUMMIT_BENCH_POSTGRES (a server's connection string without a database): both databases on PostgreSQL, fresh ones.
var postgres = Environment.GetEnvironmentVariable("SUMMIT_BENCH_POSTGRES") is { Length: > 0 } server ? server : null;
var run = Guid.NewGuid().ToString("N")[..8];
void UseDatabase(DbContextOptionsBuilder options, string file, string name)
{
    if (postgres is null)
    {
        options.UseSqlite(file).AddInterceptors(SqliteSynchronous.Normal);
    }
    else
    {
        options.UseNpgsql($"{postgres};Database=outbox_bench_{run}_{name}");
    }
}

Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(postgres is null ? "SQLite (WAL)" : "PostgreSQL")}, load average {LoadAverage()}, broker 127.0.0.1:{port}, settings: {(settingsArgs.Length == 0 ? "defaults" : string.Join(' ', settingsArgs))}");
try
{
    await ForgetEarlierRunsAsync();
    if (!writersMode)
    {
        var bare = await BareAsync(rows);
        Console.WriteLine($"Bare RabbitMQ.Client, {rows} messages, each confirm awaited, consumed and acked: {bare:F1} s, {rows / bare:F0} msg/s (load {LoadAverage()})");
    }

    using var host = BuildHost();
    await CreateAsync(host);
    var meetings = Enumerable.Range(0, aggregates).Select(_ => Guid.NewGuid()).ToArray();
    var progress = host.Services.GetRequiredService<Progress>();
    if (!writersMode)
    {
        // The backlog is written before the host starts: the dispatcher finds it all at once.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WriterDb>();
            for (var i = 0; i < rows; i++)
            {
                var now = DateTime.UtcNow;
                db.Raise(new MeetingAnnounced(meetings[i % aggregates], Guid.Empty, now), now);
            }

            await db.SaveChangesAsync();
        }

        progress.Expect(rows);
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        var published = await UntilSentAsync(clock);
        var appliedMeanwhile = progress.Count;
        await progress.All.WaitAsync(TimeSpan.FromMinutes(10));
        var applied = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Outbox backlog of {rows} rows over {aggregates} aggregates: published in {published:F1} s ({rows / published:F0}/s), " +
                          $"applied in {applied:F1} s: {rows / applied:F0} events/s; the consumer alone after the publishing: " +
                          $"{(rows - appliedMeanwhile) / Math.Max(0.001, applied - published):F0}/s (load {LoadAverage()})");
    }
    else
    {
        await host.StartAsync();
        var written = 0;
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var started = Stopwatch.StartNew();
            for (var i = 0; DateTime.UtcNow < until; i++)
            {
                if (pace > 0 && started.Elapsed < TimeSpan.FromSeconds((double)i / pace))
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)i / pace) - started.Elapsed);
                }

                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WriterDb>();
                var now = DateTime.UtcNow;
                db.Raise(new MeetingAnnounced(meetings[(w + (i * writers)) % aggregates], Guid.Empty, now), now);
                await db.SaveChangesAsync();
                Interlocked.Increment(ref written);
            }
        })));
        var writing = clock.Elapsed.TotalSeconds;
        var backlog = await UnsentAsync();
        progress.Expect(written);
        await progress.All.WaitAsync(TimeSpan.FromMinutes(10));
        Console.WriteLine($"{writers} writers ({(pace > 0 ? $"{pace}/s each" : "back to back")}) for {writing:F1} s: {written} events ({written / writing:F0}/s), unsent when they stopped {backlog}, " +
                          $"all applied {clock.Elapsed.TotalSeconds - writing:F1} s after; write to applied p50 {progress.Percentile(0.5):F0} ms, " +
                          $"p95 {progress.Percentile(0.95):F0} ms, max {progress.Percentile(1):F0} ms (load {LoadAverage()})");
    }

    await using (var reader = Reader())
    {
        var applied = await reader.Applied.CountAsync();
        Console.WriteLine($"Applied rows {applied}, inbox rows {await reader.InboxMessages.CountAsync()}, counted on commit {progress.Count}");
    }

    await host.StopAsync();
    if (postgres is not null)
    {
        // Fresh databases each run: drop them.
        await using var reader = Reader();
        await reader.Database.EnsureDeletedAsync();
        var options = new DbContextOptionsBuilder<WriterDb>();
        UseDatabase(options, writerFile, "writer");
        await using var writer = new WriterDb(options.Options);
        await writer.Database.EnsureDeletedAsync();
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(dir, recursive: true);
}

IHost BuildHost()
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Bus:Transport"] = "RabbitMq",
        ["Bus:RabbitMq:Host"] = "127.0.0.1",
        ["Bus:RabbitMq:Port"] = port.ToString(CultureInfo.InvariantCulture),
    });
    builder.Configuration.AddCommandLine(settingsArgs);
    var services = builder.Services;
    services.AddSingleton(TimeProvider.System);
    services.AddSingleton<Progress>();
    services.AddDbContext<WriterDb>((sp, o) =>
    {
        UseDatabase(o, writerFile, "writer");
        o.AddInterceptors(sp.GetRequiredService<OutboxSignal<WriterDb>>());
    });
    services.AddDbContext<ReaderDb>(o => UseDatabase(o, readerFile, "reader"));
    services.AddOutbox<WriterDb>(builder.Configuration);
    services.AddSummitBus(builder.Configuration, x =>
    {
        if (Environment.GetEnvironmentVariable("SUMMIT_BENCH_BATCH") == "1")
        {
            x.AddConsumer<AnnouncedBatchConsumer, AnnouncedBatchConsumerDefinition>();
        }
        else
        {
            x.AddConsumer<AnnouncedConsumer, AnnouncedConsumerDefinition>();
        }
    });
    return builder.Build();
}

ReaderDb Reader()
{
    var options = new DbContextOptionsBuilder<ReaderDb>();
    UseDatabase(options, readerFile, "reader");
    return new ReaderDb(options.Options);
}

async Task CreateAsync(IHost host)
{
    await using var scope = host.Services.CreateAsyncScope();
    foreach (var db in new DbContext[] { scope.ServiceProvider.GetRequiredService<WriterDb>(), scope.ServiceProvider.GetRequiredService<ReaderDb>() })
    {
        await db.Database.EnsureCreatedAsync();
        if (postgres is null)
        {
            // As the services' migrations leave SQLite: WAL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}

async Task<int> UnsentAsync()
{
    var options = new DbContextOptionsBuilder<WriterDb>();
    UseDatabase(options, writerFile, "writer");
    await using var db = new WriterDb(options.Options);
    return await db.OutboxMessages.CountAsync(m => m.SentUtc == null);
}

async Task<double> UntilSentAsync(Stopwatch clock)
{
    while (await UnsentAsync() > 0)
    {
        await Task.Delay(100);
    }

    return clock.Elapsed.TotalSeconds;
}

async Task<double> BareAsync(int count)
{
    var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = port, UserName = "guest", Password = "guest" };
    await using var connection = await factory.CreateConnectionAsync();
    await using var publishing = await connection.CreateChannelAsync(new CreateChannelOptions(
        publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
    const string queue = "bench-bare";
    await publishing.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
    await publishing.QueuePurgeAsync(queue);
    await using var consuming = await connection.CreateChannelAsync();
    await consuming.BasicQosAsync(0, 16, false);
    var received = 0;
    var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var consumer = new AsyncEventingBasicConsumer(consuming);
    consumer.ReceivedAsync += async (_, delivery) =>
    {
        await consuming.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        if (Interlocked.Increment(ref received) == count)
        {
            all.TrySetResult();
        }
    };
    await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);
    var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"meetingId":"{{Guid.NewGuid()}}","bodyId":"{{Guid.Empty}}","atUtc":"{{DateTime.UtcNow:O}}"}""");
        // With confirmation tracking on, the call returns once the broker has confirmed the message.
        await publishing.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, body);
    }

    await all.Task.WaitAsync(TimeSpan.FromMinutes(10));
    var elapsed = clock.Elapsed.TotalSeconds;
    await publishing.QueueDeleteAsync(queue);
    return elapsed;
}

// The consumers' queues outlive a run, still bound to the event's exchange: a run of the other consumer's kind would
// have filled them, and this run would apply what it left. Each run starts from none.
async Task ForgetEarlierRunsAsync()
{
    var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = port, UserName = "guest", Password = "guest" };
    await using var connection = await factory.CreateConnectionAsync();
    await using var channel = await connection.CreateChannelAsync();
    foreach (var queue in new IConsumerDefinition[] { new AnnouncedConsumerDefinition(), new AnnouncedBatchConsumerDefinition() }
                 .Select(d => d.GetEndpointName(DefaultEndpointNameFormatter.Instance)))
    {
        await channel.QueueDeleteAsync(queue);
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
