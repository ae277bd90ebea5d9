namespace SummitCoordination.Consensus.Bodies;

public sealed class BodyChangedConsumer(ConsensusDbContext db, TimeProvider clock)
    : IdempotentConsumer<BodyChanged, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(BodyChanged message, CancellationToken cancellationToken)
    {
        var body = await Db.Bodies.FindAsync([message.BodyId], cancellationToken);
        if (body is null)
        {
            body = new BodyRule(message.BodyId);
            Db.Bodies.Add(body);
        }

        body.Apply(message);
        var upcoming = await Db.Meetings
            .Where(m => m.BodyId == message.BodyId && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.Announced))
            .ToListAsync(cancellationToken);
        foreach (var meeting in upcoming)
        {
            meeting.ApplyRule(message.DecisionRule);
        }
    }
}

public sealed class BodyChangedConsumerDefinition() : ServiceConsumerDefinition<BodyChangedConsumer>(ConsensusDbContext.Service);
