namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>A message a consumer has applied; its presence makes a redelivery change nothing.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; private set; }
    public string Consumer { get; private set; } = "";
    public DateTime ProcessedUtc { get; private set; }

    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string consumer, DateTime processedUtc)
    {
        MessageId = messageId;
        Consumer = consumer;
        ProcessedUtc = processedUtc;
    }
}
