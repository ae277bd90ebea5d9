namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// The aggregate an outbox row's event belongs to, read from the event itself (every event carries its aggregate's id),
/// so the rows need no column of their own and rows written before issue 21.3 have one too. The outbox keeps the order of
/// rows with one key and publishes rows of different keys side by side (<see cref="OutboxPublisher"/>).
/// An event this does not know answers null: such rows form one group, kept in the order they were written.
/// A key may be coarser than the aggregate (a statement's commitments go with the statement): coarser only costs speed.
/// </summary>
public static class OutboxAggregate
{
    public static string? KeyOf(object message) => message switch
    {
        MeetingScheduled m => Meeting(m.MeetingId),
        MeetingAnnounced m => Meeting(m.MeetingId),
        MeetingConvened m => Meeting(m.MeetingId),
        MeetingConcluded m => Meeting(m.MeetingId),
        MeetingPostponed m => Meeting(m.MeetingId),
        MeetingCancelled m => Meeting(m.MeetingId),
        MeetingRescheduled m => Meeting(m.MeetingId),
        MeetingDelegationsChanged m => Meeting(m.MeetingId),
        MeetingReminderDue m => Meeting(m.MeetingId),
        AgendaSubmissionDeadlineReached m => Meeting(m.MeetingId),
        AgendaUpdated m => Meeting(m.MeetingId),
        AgendaItemProposed m => Item(m.ItemId),
        AgendaItemDecided m => Item(m.ItemId),
        AgendaItemAdopted m => Item(m.ItemId),
        AgendaItemEscalated m => Item(m.ItemId),
        AgendaItemMoved m => Item(m.ItemId),
        PositionRecorded m => Item(m.ItemId),
        SilenceProcedureStarted m => Item(m.ItemId),
        AmendmentProposed m => Statement(m.StatementId),
        AmendmentAnswered m => Statement(m.StatementId),
        StatementPublished m => Statement(m.StatementId),
        CommitmentChanged m => Statement(m.StatementId),
        // Issue 22: a text's readiness leaves in the order its changes were made (Consensus keeps the latest by revision too).
        StatementReadinessChanged m => Statement(m.StatementId),
        ParagraphStatusChanged m => Statement(m.StatementId),
        ReservationEntered m => Statement(m.StatementId),
        AdReferendumLapsed m => Statement(m.StatementId),
        StatementTextChanged m => Statement(m.StatementId),
        // Issue 23: a meeting's record goes with its meeting (its draft before it becomes final).
        MeetingRecordDrafted m => Meeting(m.MeetingId),
        MeetingRecordFinalised m => Meeting(m.MeetingId),
        InstrumentOpenedForSignature m => Instrument(m.InstrumentId),
        InstrumentSigned m => Instrument(m.InstrumentId),
        InstrumentRatified m => Instrument(m.InstrumentId),
        InstrumentEnteredIntoForce m => Instrument(m.InstrumentId),
        BodyChanged m => $"body:{m.BodyId}",
        // A party's notifications reach its open pages in the order they were stored.
        NotificationAdded m => $"notifications:{m.Party}",
        _ => null,
    };

    private static string Meeting(Guid id) => $"meeting:{id}";

    private static string Item(Guid id) => $"item:{id}";

    private static string Statement(Guid id) => $"statement:{id}";

    private static string Instrument(Guid id) => $"instrument:{id}";
}
