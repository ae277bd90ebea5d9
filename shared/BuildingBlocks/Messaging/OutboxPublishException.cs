namespace SummitCoordination.BuildingBlocks.Messaging;

public sealed class OutboxPublishException(Guid messageId, Exception inner)
    : Exception($"Publishing outbox message {messageId} failed; it stays in the outbox and will be tried again.", inner)
{
    public Guid MessageId { get; } = messageId;
}
