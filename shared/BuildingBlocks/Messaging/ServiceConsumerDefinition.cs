using MassTransit;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// Every consumer's endpoint settings in one place: a queue named after its service (so two services in one
/// process each get their copy of an event), retry with exponential backoff, then the error queue.
/// </summary>
public abstract partial class ServiceConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected ServiceConsumerDefinition(string service)
    {
        EndpointName = $"{service}-{Kebab(typeof(TConsumer).Name.Replace("Consumer", ""))}".ToLowerInvariant();
        ConcurrentMessageLimit = IsBatch ? BatchSize * BatchesAtOnce : 8;
    }

    /// <summary>A batch consumer takes up to this many messages that are waiting, in one transaction.</summary>
    public const int BatchSize = 50;

    /// <summary>A batch is delivered once it is full, or this long after its first message arrived (<see cref="DefaultBatchWait"/>).</summary>
    protected TimeSpan BatchWait { get; init; } = DefaultBatchWait;

    public static readonly TimeSpan DefaultBatchWait = TimeSpan.FromMilliseconds(5);

    /// <summary>Batches applied at once by one instance.</summary>
    public const int BatchesAtOnce = 2;

    private static bool IsBatch => typeof(TConsumer).GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)
        && i.GetGenericArguments()[0] is { IsGenericType: true } m && m.GetGenericTypeDefinition() == typeof(Batch<>));

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // A transient fault is tried again in process after each interval; then the consumer parks the message for a
        // later, persistent re-drive. A lasting fault is recorded as failed at once (IdempotentConsumer). Only a
        // message that cannot even be recorded goes to the _error queue.
        var retry = (context as IServiceProvider)?.GetService(typeof(RetrySettings)) as RetrySettings ?? RetrySettings.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<Exception>(ConsumerFaults.IsTransient);
            r.Intervals(retry.Intervals.ToArray());
        });
        if (IsBatch)
        {
            endpointConfigurator.PrefetchCount = BatchSize * BatchesAtOnce;
            consumerConfigurator.Options<BatchOptions>(o => o.SetMessageLimit(BatchSize).SetTimeLimit(BatchWait)
                .SetTimeLimitStart(BatchTimeLimitStart.FromFirst).SetConcurrencyLimit(BatchesAtOnce));
        }
    }

    private static string Kebab(string name) => KebabRegex().Replace(name, "$1-$2");

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabRegex();
}
