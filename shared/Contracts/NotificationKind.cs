namespace SummitCoordination.Contracts;

/// <summary>What a message in a party's inbox is about (<see cref="NotificationAdded.Kind"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    Reminder,
    AgendaDeadline,
    Postponed,
    Cancelled,
    Moved,
    Rescheduled,
    OpenForSignature,
    InForce,
    SilenceStarted,
    SilenceBroken,
    ItemDecided,
    ItemAdded,
    AmendmentProposed,
    AmendmentAnswered,
    ParagraphChanged,
    AdReferendumLapsed,

    /// <summary>Issue 23: a meeting was announced and the state's delegation is invited (mailed with a calendar invitation).</summary>
    Invited,

    /// <summary>Issue 23: a meeting's draft record is issued; the delegation may correct its part until the window's end.</summary>
    RecordDrafted,

    /// <summary>Issue 23: a meeting's record became final at the end of its correction window.</summary>
    RecordFinalised,
}
