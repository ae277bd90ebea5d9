using System.ComponentModel.DataAnnotations;

namespace SummitCoordination.Scheduling.Mail;

public enum MailTransportKind
{
    /// <summary>Each mail written as a <c>.eml</c> file under <see cref="MailSettings.Directory"/>: nothing leaves the machine.</summary>
    File,
    Smtp,
}

/// <summary>How the TLS of the SMTP connection is set up (MailKit's SecureSocketOptions).</summary>
public enum SmtpSecurity
{
    None,
    Auto,
    StartTls,
    StartTlsWhenAvailable,
    SslOnConnect,
}

public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTlsWhenAvailable;
    public string? Username { get; set; }
    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Section <c>Mail</c> (issue 23), checked when the host starts.</summary>
public sealed class MailSettings
{
    /// <summary>Off: notices still wait in the outbox tables, nothing is composed or sent.</summary>
    public bool Enabled { get; set; } = true;

    public MailTransportKind Transport { get; set; } = MailTransportKind.File;

    /// <summary>Where the File transport writes; empty: <c>mail</c> under <c>Database:DataDirectory</c> (./data/mail).</summary>
    public string? Directory { get; set; }

    [Required]
    public string From { get; set; } = "SummitCoordination <no-reply@summit-coordination.invalid>";

    /// <summary>The web application's address, for the links in each mail (back to the service, preferences, unsubscribe).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>How often (wall time) the sender looks for mail that is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a first failure; it doubles with each try, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tries before a mail is parked (with the defaults: about 6 hours of trying).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>When (UTC) the daily digest goes, and the weekly one on <see cref="WeeklyDigestDay"/>: 01:00 UTC is 06:00 in Astana and Tashkent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan DigestTime { get; set; } = TimeSpan.FromHours(1);

    public DayOfWeek WeeklyDigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Base64 secret (32 bytes or more) that signs unsubscribe links; empty: one kept in the database.</summary>
    public string? SigningKey { get; set; }

    public string DirectoryOr(string dataDirectory) => string.IsNullOrWhiteSpace(Directory) ? Path.Combine(dataDirectory, "mail") : Directory;
}
