namespace SummitCoordination.Scheduling.Notifications;

/// <summary>A message in one party's notification inbox: a reminder, a deadline, a change to a meeting it sits in.</summary>
public sealed class Notification
{
    public Guid Id { get; private set; }
    public string Party { get; private set; } = "";
    public Guid MeetingId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Message { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }

    private Notification()
    {
    }

    public Notification(string party, Guid meetingId, NotificationKind kind, string message, DateTime createdUtc)
    {
        Id = Guid.NewGuid();
        Party = party;
        MeetingId = meetingId;
        Kind = kind;
        Message = message;
        CreatedUtc = createdUtc;
    }
}
