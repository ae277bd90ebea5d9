using System.Text.RegularExpressions;
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
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Transient faults (a locked SQLite file, a concurrency conflict) are retried with backoff; a message
        // that still fails goes to the _error queue and the endpoint moves on to the next one.
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }

    private static string Kebab(string name) => KebabRegex().Replace(name, "$1-$2");

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabRegex();
}
