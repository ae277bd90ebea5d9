namespace SummitCoordination.Scheduling.Mail;

[JsonConverter(typeof(JsonStringEnumConverter<MailStatus>))]
public enum MailStatus
{
    Pending,
    Sent,

    /// <summary>Tried <see cref="MailSettings.MaxAttempts"/> times and set aside: the operations page shows it, and the secretariat can send it again.</summary>
    Parked,
}

/// <summary>A file a mail carries (an invitation's iCalendar).</summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);

/// <summary>
/// The mail outbox (issue 23): a mail composed and stored before anything is sent, so that a mail server that is down
/// loses nothing. <see cref="MailWorker"/> sends what is due, marks it sent, and on a failure tries again later (the delay
/// doubling) until <see cref="MailSettings.MaxAttempts"/>, then parks it. Its id is the mail's Message-Id, so a mail that
/// did go out twice (a crash between the server's answer and the mark) is recognised as one by the mail program.
/// </summary>
public sealed class QueuedMail
{
    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public string To { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Language { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Html { get; private set; } = "";
    public List<MailAttachment> Attachments { get; private set; } = [];

    /// <summary>The unsubscribe address of the List-Unsubscribe header (RFC 8058 one-click).</summary>
    public string UnsubscribeUrl { get; private set; } = "";

    /// <summary>How many notices it carries (one, or a digest's).</summary>
    public int Notices { get; private set; }

    public DateTime CreatedUtc { get; private set; }
    public MailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptUtc { get; private set; }
    public DateTime? LeaseUntilUtc { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? SentUtc { get; private set; }

    private QueuedMail()
    {
    }

    public QueuedMail(Guid id, Guid personId, string to, string toName, string language, string subject, string text, string html,
        List<MailAttachment> attachments, string unsubscribeUrl, int notices, DateTime nowUtc)
    {
        Id = id;
        PersonId = personId;
        To = to;
        ToName = toName;
        Language = language;
        Subject = subject;
        Text = text;
        Html = html;
        Attachments = attachments;
        UnsubscribeUrl = unsubscribeUrl;
        Notices = notices;
        CreatedUtc = nowUtc;
        NextAttemptUtc = nowUtc;
        Status = MailStatus.Pending;
    }

    public void Sent(DateTime nowUtc)
    {
        Status = MailStatus.Sent;
        SentUtc = nowUtc;
        Attempts++;
        LastError = null;
        LeaseUntilUtc = null;
    }

    /// <summary>A failed try: again after the delay (doubling with each try, capped), or parked after the last.</summary>
    public void Failed(string error, DateTime nowUtc, MailSettings settings)
    {
        Attempts++;
        LastError = BuildingBlocks.Persistence.MessageJson.Cut(error, 1000);
        LeaseUntilUtc = null;
        if (Attempts >= settings.MaxAttempts)
        {
            Status = MailStatus.Parked;
            return;
        }

        var delay = settings.RetryDelay * Math.Pow(2, Math.Min(Attempts - 1, 20));
        NextAttemptUtc = nowUtc + (delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay);
    }

    /// <summary>The secretariat sends a parked mail again (after fixing the address or the server).</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != MailStatus.Parked)
        {
            throw new BuildingBlocks.Http.DomainException(BuildingBlocks.Http.DomainErrorKind.Conflict, "mail.not-parked", "Only a parked mail is sent again.");
        }

        Status = MailStatus.Pending;
        Attempts = 0;
        NextAttemptUtc = nowUtc;
    }
}
