using MassTransit;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// A broker as the outbox uses it: publishing an object of a given type and nothing else (the overload the outbox
/// calls); every other member of <see cref="IPublishEndpoint"/> refuses.
/// </summary>
public abstract class PublishOnlyEndpoint : IPublishEndpoint
{
    public abstract Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default);

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => throw new NotSupportedException();

    public Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class => throw new NotSupportedException();

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class => throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();
}
