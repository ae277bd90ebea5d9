namespace SummitCoordination.Consensus.Meetings;

public sealed class MeetingScheduledConsumer(ConsensusDbContext db, TimeProvider clock, ItemDecisions decisions)
    : IdempotentConsumer<MeetingScheduled, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingScheduled message, CancellationToken cancellationToken)
    {
        if (!await Db.Meetings.AnyAsync(m => m.Id == message.MeetingId, cancellationToken))
        {
            Db.Meetings.Add(MeetingCopy.From(message));
        }

        // Items escalated or sent back while this body had no meeting ahead take their place now (the new meeting is
        // seen unsaved: the base saves it with the items and the inbox row in one transaction).
        await MeetingLifecycle.PlaceWaitingAsync(Db, decisions, message.BodyId, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}

public sealed class MeetingScheduledConsumerDefinition() : ServiceConsumerDefinition<MeetingScheduledConsumer>(ConsensusDbContext.Service);
