namespace SummitCoordination.Scheduling.Notifications;

/// <summary>Each party to an instrument hears in its inbox that the instrument is open for its signature.</summary>
public sealed class InstrumentOpenedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<InstrumentOpenedForSignature, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(InstrumentOpenedForSignature message, CancellationToken ct) => Inbox.TellEach(Db, message.Parties, message.MeetingId,
        NotificationKind.OpenForSignature, _ => NotificationTexts.Write("OpenForSignature", message.Title, message.OpenedOn, message.InstrumentId), message.AtUtc);
}

/// <summary>Each party for which an instrument entered into force hears it in its inbox.</summary>
public sealed class InstrumentInForceConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<InstrumentEnteredIntoForce, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(InstrumentEnteredIntoForce message, CancellationToken ct) => Inbox.TellEach(Db, message.InForceFor, Guid.Empty,
        NotificationKind.InForce, party => NotificationTexts.Write("InForce", message.InstrumentId, party, message.InForceOn), message.AtUtc);
}

public sealed class InstrumentOpenedConsumerDefinition() : ServiceConsumerDefinition<InstrumentOpenedConsumer>(SchedulingDbContext.Service);

public sealed class InstrumentInForceConsumerDefinition() : ServiceConsumerDefinition<InstrumentInForceConsumer>(SchedulingDbContext.Service);

/// <summary>The secretariat hears of every decision, and of a silence broken (DOMAIN.md, Silence procedure).</summary>
public sealed class DecisionNotificationConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AgendaItemDecided, SchedulingDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemDecided message, CancellationToken ct)
    {
        var meeting = await Db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == message.MeetingId, ct);
        var title = meeting?.Title ?? "a meeting";
        var broken = message.Rule == DecidedBy.SilenceProcedure && message.Outcome == OutcomeKind.Blocked;
        var kind = broken ? NotificationKind.SilenceBroken : NotificationKind.ItemDecided;
        // Which item, when the message says (one sent before the title was carried does not).
        var named = !string.IsNullOrWhiteSpace(message.Title);
        var text = (broken, named) switch
        {
            (true, true) => NotificationTexts.Write("SilenceBrokenOn", title, message.Title, message.Reason),
            (true, false) => NotificationTexts.Write("SilenceBroken", title, message.Reason),
            (false, true) => NotificationTexts.Write("ItemDecidedOn", title, message.Title, message.Outcome, message.Rule, message.Reason),
            (false, false) => NotificationTexts.Write("ItemDecided", title, message.Outcome, message.Rule, message.Reason),
        };
        Inbox.TellSecretariat(Db, message.MeetingId, kind, text, message.AtUtc);
        if (meeting is not null && message.Rule != DecidedBy.Recorded)
        {
            // The states at the meeting hear it too (a recorded outcome of the past is no news to anyone).
            Inbox.Tell(Db, meeting, kind, text, message.AtUtc);
        }
    }
}

public sealed class DecisionNotificationConsumerDefinition() : ServiceConsumerDefinition<DecisionNotificationConsumer>(SchedulingDbContext.Service);

/// <summary>A delegation hears whether its amendment to a draft was accepted or rejected, and why.</summary>
public sealed class AmendmentAnsweredConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AmendmentAnswered, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(AmendmentAnswered message, CancellationToken ct) => Inbox.TellEach(Db, [message.Party], message.MeetingId,
        NotificationKind.AmendmentAnswered, _ => message.Accepted
            ? NotificationTexts.Write("AmendmentAccepted", message.StatementTitle, message.ResultingVersion)
            : NotificationTexts.Write("AmendmentRejected", message.StatementTitle, message.Reason), message.AtUtc);
}

public sealed class AmendmentAnsweredConsumerDefinition() : ServiceConsumerDefinition<AmendmentAnsweredConsumer>(SchedulingDbContext.Service);

/// <summary>The secretariat, as pen holder, hears of every amendment proposed to a draft.</summary>
public sealed class AmendmentProposedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AmendmentProposed, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(AmendmentProposed message, CancellationToken ct) => Inbox.TellEach(Db, [Inbox.Secretariat], message.MeetingId,
        NotificationKind.AmendmentProposed, _ => NotificationTexts.Write("AmendmentProposed", message.Party, message.StatementTitle, message.AgainstVersion,
            message.Explanation), message.AtUtc);
}

public sealed class AmendmentProposedConsumerDefinition() : ServiceConsumerDefinition<AmendmentProposedConsumer>(SchedulingDbContext.Service);

/// <summary>The states at the meeting hear that an item is under silence, and until when.</summary>
public sealed class SilenceStartedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<SilenceProcedureStarted, SchedulingDbContext>(db, clock)
{
    protected override async Task Handle(SilenceProcedureStarted message, CancellationToken ct)
    {
        if (await Db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == message.MeetingId, ct) is { } meeting)
        {
            Inbox.Tell(Db, meeting, NotificationKind.SilenceStarted, NotificationTexts.Write("SilenceStarted", message.Title, message.DeadlineUtc), message.AtUtc);
        }
    }
}

public sealed class SilenceStartedConsumerDefinition() : ServiceConsumerDefinition<SilenceStartedConsumer>(SchedulingDbContext.Service);

/// <summary>
/// Issue 19, point 11: the states with a delegation at a meeting hear that an item was added to its agenda, all but the
/// proposer's own (it knows; the secretariat as proposer is no state, so every delegation hears it).
/// </summary>
public sealed class ItemAddedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AgendaItemProposed, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(AgendaItemProposed message, CancellationToken ct) => Inbox.TellAsync(Db, message.MeetingId, NotificationKind.ItemAdded,
        meeting => NotificationTexts.Write("ItemAdded", meeting.Title, message.Title), message.AtUtc, ct, except: message.ProposedBy);
}

public sealed class ItemAddedConsumerDefinition() : ServiceConsumerDefinition<ItemAddedConsumer>(SchedulingDbContext.Service);
