namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// A message one consumer could not apply. <b>Parked</b>: it failed for a reason that passes (a full disk, a lock, an
/// unreachable store) and is sent to that consumer again at <see cref="NextAttemptUtc"/> by a persistent deadline,
/// with growing delays, across restarts. <b>Failed</b>: it failed for a reason that will not pass by itself; it waits
/// for an operator to re-drive it (<c>POST /api/operations/{service}/messages/{id}/redrive</c>).
/// </summary>
public sealed class ParkedMessage
{
    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public string Consumer { get; private set; } = "";
    public string Queue { get; private set; } = "";
    public string MessageType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime ParkedUtc { get; private set; }
    public DateTime? NextAttemptUtc { get; private set; }
    public DateTime? FailedUtc { get; private set; }
    public string LastError { get; private set; } = "";

    private ParkedMessage()
    {
    }

    public static ParkedMessage Create(Guid messageId, string consumer, string queue, object message, DateTime nowUtc)
    {
        var (type, payload) = MessageJson.Write(message);
        return new ParkedMessage
        {
            Id = Guid.NewGuid(),
            MessageId = messageId,
            Consumer = consumer,
            Queue = queue,
            MessageType = type,
            Payload = payload,
            ParkedUtc = nowUtc,
        };
    }

    public bool IsFailed => FailedUtc is not null;

    /// <summary>Another transient failure: try again after the next, longer delay.</summary>
    public void Park(string error, IReadOnlyList<TimeSpan> delays, DateTime nowUtc)
    {
        Attempts++;
        FailedUtc = null;
        LastError = Trim(error);
        NextAttemptUtc = nowUtc + delays[Math.Min(Attempts - 1, delays.Count - 1)];
    }

    /// <summary>A failure that will not pass: no more automatic attempts.</summary>
    public void Fail(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = Trim(error);
        FailedUtc = nowUtc;
        NextAttemptUtc = null;
    }

    /// <summary>An operator sends it again now.</summary>
    public void Redrive(DateTime nowUtc)
    {
        FailedUtc = null;
        NextAttemptUtc = nowUtc;
    }

    private static string Trim(string error) => MessageJson.Cut(error, 2000);
}
