namespace SummitCoordination.Scheduling.Notifications;

/// <summary>Issue 22: a delegation hears when a paragraph it holds a reservation on changes (its status, options or ad referendum).</summary>
public sealed class ParagraphChangedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<ParagraphStatusChanged, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(ParagraphStatusChanged message, CancellationToken ct) => Inbox.TellEach(Db, message.ReservedBy, message.MeetingId,
        NotificationKind.ParagraphChanged, _ => NotificationTexts.Write("ParagraphChanged", message.Number, message.StatementTitle, message.Change, message.Status),
        message.AtUtc);
}

public sealed class ParagraphChangedConsumerDefinition() : ServiceConsumerDefinition<ParagraphChangedConsumer>(SchedulingDbContext.Service);

/// <summary>Issue 22: the secretariat hears when the date by which a capital was to confirm a paragraph passed without it.</summary>
public sealed class AdReferendumLapsedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AdReferendumLapsed, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(AdReferendumLapsed message, CancellationToken ct) => Inbox.TellEach(Db, [Inbox.Secretariat], message.MeetingId,
        NotificationKind.AdReferendumLapsed, _ => NotificationTexts.Write("AdReferendumLapsed", message.Number, message.StatementTitle, message.Party, message.ConfirmByUtc),
        message.AtUtc);
}

public sealed class AdReferendumLapsedConsumerDefinition() : ServiceConsumerDefinition<AdReferendumLapsedConsumer>(SchedulingDbContext.Service);
