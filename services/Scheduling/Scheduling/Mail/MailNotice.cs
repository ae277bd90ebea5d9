namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// One notice on its way to one person's mailbox (issue 23): written in the same transaction as the notification it
/// copies, so that no notice is lost between the inbox and the mail. It waits until it is put in a mail (<see cref="MailId"/>):
/// at once by <see cref="MailWorker"/>, or by the daily or weekly <see cref="DigestJob"/>.
/// </summary>
public sealed class MailNotice
{
    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid NotificationId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public Guid MeetingId { get; private set; }
    public string Message { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public Delivery Delivery { get; private set; }

    /// <summary>The mail that carries it; null while it waits.</summary>
    public Guid? MailId { get; private set; }

    private MailNotice()
    {
    }

    public MailNotice(Guid personId, Notifications.Notification notification, Delivery delivery)
    {
        Id = Guid.NewGuid();
        PersonId = personId;
        NotificationId = notification.Id;
        Kind = notification.Kind;
        MeetingId = notification.MeetingId;
        Message = notification.Message;
        CreatedUtc = notification.CreatedUtc;
        Delivery = delivery;
    }

    public void PutIn(Guid mailId) => MailId = mailId;
}
