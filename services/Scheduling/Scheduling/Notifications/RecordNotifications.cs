namespace SummitCoordination.Scheduling.Notifications;

/// <summary>Issue 23: the states at a meeting hear that its draft record is issued, and until when they may correct their part.</summary>
public sealed class RecordDraftedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingRecordDrafted, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(MeetingRecordDrafted message, CancellationToken ct) => Inbox.TellAsync(Db, message.MeetingId, NotificationKind.RecordDrafted,
        meeting => NotificationTexts.Write("RecordDrafted", meeting.Title, message.WindowClosesUtc), message.AtUtc, ct);
}

public sealed class RecordDraftedConsumerDefinition() : ServiceConsumerDefinition<RecordDraftedConsumer>(SchedulingDbContext.Service);

/// <summary>Issue 23: the states at a meeting hear that its record became final at the end of the correction window.</summary>
public sealed class RecordFinalisedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingRecordFinalised, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(MeetingRecordFinalised message, CancellationToken ct) => Inbox.TellAsync(Db, message.MeetingId, NotificationKind.RecordFinalised,
        meeting => NotificationTexts.Write("RecordFinalised", meeting.Title), message.AtUtc, ct);
}

public sealed class RecordFinalisedConsumerDefinition() : ServiceConsumerDefinition<RecordFinalisedConsumer>(SchedulingDbContext.Service);
