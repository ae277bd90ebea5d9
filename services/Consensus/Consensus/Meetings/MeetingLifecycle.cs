namespace SummitCoordination.Consensus.Meetings;

/// <summary>What a meeting's lifecycle does to its agenda (issue 4, section 5). Nothing already accepted is lost.</summary>
public static class MeetingLifecycle
{
    private static readonly ItemStatus[] Undecided = [ItemStatus.Submitted, ItemStatus.UnderConsideration, ItemStatus.Deferred];

    public static async Task PlaceWaitingAsync(ConsensusDbContext db, ItemDecisions decisions, Guid bodyId, DateTime nowUtc, CancellationToken ct)
    {
        var waiting = await db.AgendaItems
            .Where(i => i.BodyId == bodyId && i.MeetingId == null && (i.Status == ItemStatus.Waiting || i.Status == ItemStatus.Deferred))
            .ToListAsync(ct);
        foreach (var item in waiting)
        {
            await decisions.MoveOnAsync(item, item.BodyId, item.Layer, nowUtc, ItemMove.Placed, nowUtc, Actors.System, ct);
        }
    }

    public static async Task<MeetingCopy?> FindAsync(ConsensusDbContext db, Guid id, CancellationToken ct) =>
        await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);

    public static Task<List<AgendaItem>> OpenItemsAsync(ConsensusDbContext db, Guid meetingId, CancellationToken ct) =>
        db.AgendaItems.Where(i => i.MeetingId == meetingId && Undecided.Contains(i.Status)).ToListAsync(ct);
}

public sealed class MeetingConvenedConsumer(ConsensusDbContext db, TimeProvider clock) : IdempotentConsumer<MeetingConvened, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingConvened message, CancellationToken ct)
    {
        if (await MeetingLifecycle.FindAsync(Db, message.MeetingId, ct) is not { } meeting)
        {
            return;
        }

        meeting.Convene();
        foreach (var item in await MeetingLifecycle.OpenItemsAsync(Db, meeting.Id, ct))
        {
            item.Open(message.AtUtc);
        }

        Db.Raise(new AgendaUpdated(meeting.Id, AgendaChange.Convened, message.AtUtc), message.AtUtc);
    }
}

/// <summary>
/// Undecided items go on to the body's next meeting (or wait for one, Deferred). An item under a silence procedure
/// stays with the meeting: the procedure runs to its deadline after the close ("ad referendum", DOMAIN.md). The draft
/// record is made from what the meeting did (Records/).
/// </summary>
public sealed class MeetingConcludedConsumer(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions, RecordKeeping records)
    : IdempotentConsumer<MeetingConcluded, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingConcluded message, CancellationToken ct)
    {
        if (await MeetingLifecycle.FindAsync(Db, message.MeetingId, ct) is not { } meeting)
        {
            return;
        }

        meeting.Conclude();
        foreach (var item in await MeetingLifecycle.OpenItemsAsync(Db, meeting.Id, ct))
        {
            if (item.SilenceDeadlineUtc is not null)
            {
                continue;
            }

            await decisions.MoveOnAsync(item, item.BodyId, item.Layer, meeting.StartUtc, ItemMove.Deferred, message.AtUtc, Actors.System, ct);
        }

        // The draft record, from the agenda as it now stands (the items just moved on included), in the same transaction.
        await records.DraftAsync(meeting, message.AtUtc, ct);
        Db.Raise(new AgendaUpdated(meeting.Id, AgendaChange.Concluded, message.AtUtc), message.AtUtc);
    }
}

/// <summary>A meeting called off sends its items back to wait for the body's next meeting, nothing lost.</summary>
public sealed class MeetingCancelledConsumer(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions)
    : IdempotentConsumer<MeetingCancelled, ConsensusDbContext>(db, clock)
{
    protected override Task Handle(MeetingCancelled message, CancellationToken ct) =>
        MeetingCalledOff.ApplyAsync(Db, decisions, message.MeetingId, MeetingStatus.Cancelled, message.AtUtc, ct);
}

public sealed class MeetingPostponedConsumer(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions)
    : IdempotentConsumer<MeetingPostponed, ConsensusDbContext>(db, clock)
{
    protected override Task Handle(MeetingPostponed message, CancellationToken ct) =>
        MeetingCalledOff.ApplyAsync(Db, decisions, message.MeetingId, MeetingStatus.Postponed, message.AtUtc, ct);
}

public static class MeetingCalledOff
{
    public static async Task ApplyAsync(ConsensusDbContext db, ItemDecisions decisions, Guid meetingId, MeetingStatus status, DateTime atUtc, CancellationToken ct)
    {
        if (await MeetingLifecycle.FindAsync(db, meetingId, ct) is not { } meeting)
        {
            return;
        }

        if (!meeting.CallOff(status, atUtc))
        {
            // Over already, called off already, or moved since: its items stay where they are.
            return;
        }

        foreach (var item in await MeetingLifecycle.OpenItemsAsync(db, meeting.Id, ct))
        {
            await decisions.MoveOnAsync(item, item.BodyId, item.Layer, atUtc, ItemMove.Waiting, atUtc, Actors.System, ct);
        }
    }
}

public sealed class MeetingRescheduledConsumer(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions)
    : IdempotentConsumer<MeetingRescheduled, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingRescheduled message, CancellationToken ct)
    {
        if (await MeetingLifecycle.FindAsync(Db, message.MeetingId, ct) is not { } meeting)
        {
            return;
        }

        if (!meeting.Reschedule(message.StartUtc, message.EndUtc, message.Deciders, message.Chair, message.AtUtc, message.Title))
        {
            return;
        }

        await MeetingLifecycle.PlaceWaitingAsync(Db, decisions, meeting.BodyId, message.AtUtc, ct);
    }
}

public sealed class MeetingAnnouncedConsumer(ConsensusDbContext db, TimeProvider clock) : IdempotentConsumer<MeetingAnnounced, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingAnnounced message, CancellationToken ct)
    {
        (await MeetingLifecycle.FindAsync(Db, message.MeetingId, ct))?.Announce();
    }
}

public sealed class MeetingDelegationsChangedConsumer(ConsensusDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingDelegationsChanged, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingDelegationsChanged message, CancellationToken ct) =>
        (await MeetingLifecycle.FindAsync(Db, message.MeetingId, ct))?.Seat(message.Delegations, message.Observers, message.Deciders, message.Seats);
}

public sealed class MeetingConvenedConsumerDefinition() : ServiceConsumerDefinition<MeetingConvenedConsumer>(ConsensusDbContext.Service);

public sealed class MeetingConcludedConsumerDefinition() : ServiceConsumerDefinition<MeetingConcludedConsumer>(ConsensusDbContext.Service);

public sealed class MeetingCancelledConsumerDefinition() : ServiceConsumerDefinition<MeetingCancelledConsumer>(ConsensusDbContext.Service);

public sealed class MeetingPostponedConsumerDefinition() : ServiceConsumerDefinition<MeetingPostponedConsumer>(ConsensusDbContext.Service);

public sealed class MeetingRescheduledConsumerDefinition() : ServiceConsumerDefinition<MeetingRescheduledConsumer>(ConsensusDbContext.Service);

public sealed class MeetingAnnouncedConsumerDefinition() : ServiceConsumerDefinition<MeetingAnnouncedConsumer>(ConsensusDbContext.Service);

public sealed class MeetingDelegationsChangedConsumerDefinition() : ServiceConsumerDefinition<MeetingDelegationsChangedConsumer>(ConsensusDbContext.Service);
