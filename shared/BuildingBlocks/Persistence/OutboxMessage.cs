namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>An event written in the same transaction as the change that caused it, published after commit.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; private set; }
    public Guid MessageId { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTime OccurredUtc { get; private set; }
    public DateTime? SentUtc { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The W3C traceparent of the work that wrote the row; its publication continues that trace.</summary>
    public string? TraceParent { get; private set; }

    private OutboxMessage()
    {
    }

    public static OutboxMessage Create(object message, DateTime occurredUtc)
    {
        var (type, payload) = MessageJson.Write(message);
        return new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            MessageType = type,
            Payload = payload,
            OccurredUtc = occurredUtc,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        };
    }

    /// <summary>The error kept with a row that failed, cut to the column's length.</summary>
    internal static string Truncated(string error) => MessageJson.Cut(error, 1000);
}
