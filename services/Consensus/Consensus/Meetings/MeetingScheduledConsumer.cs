using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Consensus.Persistence;
using SummitCoordination.Contracts;

namespace SummitCoordination.Consensus.Meetings;

public sealed class MeetingScheduledConsumer(ConsensusDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingScheduled, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(MeetingScheduled message, CancellationToken cancellationToken)
    {
        if (!await Db.Meetings.AnyAsync(m => m.Id == message.MeetingId, cancellationToken))
        {
            Db.Meetings.Add(MeetingCopy.From(message));
        }
    }
}

public sealed class MeetingScheduledConsumerDefinition() : ServiceConsumerDefinition<MeetingScheduledConsumer>(ConsensusDbContext.Service);
