using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;

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
    }
}

public sealed class BodyChangedConsumerDefinition() : ServiceConsumerDefinition<BodyChangedConsumer>(ConsensusDbContext.Service);
