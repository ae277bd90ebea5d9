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

    /// <summary>Issue 22: a paragraph's status, bracket, options or ad referendum changed (<c>ParagraphStatusChanged</c>).</summary>
    ParagraphChanged,

    /// <summary>A delegation entered or withdrew a reservation on a paragraph.</summary>
    ReservationEntered,

    /// <summary>A text's readiness for the decision changed (a new version, a paragraph settled or opened).</summary>
    TextReadiness,

    /// <summary>The date for a capital's confirmation of a paragraph agreed ad referendum passed without it.</summary>
    AdReferendumLapsed,
}
