using System.Text.Json.Serialization;

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
}
