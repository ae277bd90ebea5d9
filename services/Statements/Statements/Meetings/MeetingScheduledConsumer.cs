using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Persistence;

namespace SummitCoordination.Statements.Meetings;

public sealed class MeetingScheduledConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingScheduled, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(MeetingScheduled message, CancellationToken cancellationToken)
    {
        if (!await Db.Meetings.AnyAsync(m => m.Id == message.MeetingId, cancellationToken))
        {
            Db.Meetings.Add(StatementMeeting.From(message));
        }
    }
}

public sealed class MeetingScheduledConsumerDefinition() : ServiceConsumerDefinition<MeetingScheduledConsumer>(StatementsDbContext.Service);
