namespace SummitCoordination.Web.Services;

/// <summary>A person who gets mail, as Scheduling's <c>/api/people</c> gives it; preferences per kind of notice, by name.</summary>
public sealed record PersonView(Guid Id, string Name, string Email, string Language, string? Party, string? Account, Dictionary<string, string> Preferences);

public sealed record PersonRequest(string? Name, string? Email, string? Language, string? Party, string? Account, Dictionary<string, string>? Preferences);

public sealed record UnsubscribeView(string Name, string Email, string Language, string? Kind, bool Done);

public sealed record QueuedMailView(Guid Id, string To, string Subject, int Notices, string Status, int Attempts, DateTime CreatedUtc, DateTime NextAttemptUtc,
    DateTime? SentUtc, string? LastError);

public sealed record MailOutboxView(int Pending, int Parked, int Sent, List<QueuedMailView> Mails);

/// <summary>What the mail pages offer: the deliveries, the kinds of notice (in the order the pages list them) and the languages.</summary>
public static class MailChoices
{
    public static readonly string[] Deliveries = ["AtOnce", "DailyDigest", "WeeklyDigest", "Never"];

    public static readonly string[] Languages = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

    public static readonly string[] Kinds =
    [
        "Invited", "Reminder", "AgendaDeadline", "Postponed", "Cancelled", "Rescheduled", "Moved", "ItemAdded", "ItemDecided", "SilenceStarted",
        "SilenceBroken", "AmendmentProposed", "AmendmentAnswered", "ParagraphChanged", "AdReferendumLapsed", "OpenForSignature", "InForce",
        "RecordDrafted", "RecordFinalised",
    ];
}
