namespace SummitCoordination.Web.Services;

/// <summary>What a <see cref="LiveEvent"/> tells an open page; each has its text under <c>Live.{kind}</c> in the resources.</summary>
public enum LiveEventKind
{
    AgendaUpdated,
    Inbox,
    ItemDecided,
    SilenceBroken,
    PositionRecorded,
    ItemProposed,
    AmendmentProposed,
    AmendmentAnswered,
    SilenceStarted,
    ItemMoved,
    ItemEscalated,
    Published,
    Rescheduled,
    Postponed,
    Cancelled,
    Convened,
    Concluded,
    Reminder,
    AgendaDeadline,
}
