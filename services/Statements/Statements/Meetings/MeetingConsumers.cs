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

public sealed class MeetingRescheduledConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingRescheduled, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(MeetingRescheduled message, CancellationToken ct) =>
        (await Db.Meetings.SingleOrDefaultAsync(m => m.Id == message.MeetingId, ct))?.Moved(message);
}

public sealed class MeetingRescheduledConsumerDefinition() : ServiceConsumerDefinition<MeetingRescheduledConsumer>(StatementsDbContext.Service);

/// <summary>Who may see and amend a meeting's drafts follows who sits in it.</summary>
public sealed class MeetingDelegationsChangedConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingDelegationsChanged, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(MeetingDelegationsChanged message, CancellationToken ct) =>
        (await Db.Meetings.SingleOrDefaultAsync(m => m.Id == message.MeetingId, ct))?.Seated(message.Delegations);
}

public sealed class MeetingDelegationsChangedConsumerDefinition() : ServiceConsumerDefinition<MeetingDelegationsChangedConsumer>(StatementsDbContext.Service);

/// <summary>
/// The default release time: statements adopted at the meeting are published; drafts for it that were not adopted
/// may now be replaced by a chairman's statement.
/// </summary>
public sealed class MeetingConcludedConsumer(StatementsDbContext db, TimeProvider clock, Publisher publisher)
    : IdempotentConsumer<MeetingConcluded, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(MeetingConcluded message, CancellationToken ct)
    {
        if (await Db.Meetings.SingleOrDefaultAsync(m => m.Id == message.MeetingId, ct) is not { } meeting)
        {
            return;
        }

        meeting.Concluded(message.AtUtc);
        var statements = await Db.Statements.Where(s => s.MeetingId == meeting.Id && s.Status != StatementStatus.Published).ToListAsync(ct);
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var statement in statements.OrderBy(s => s.CreatedUtc))
        {
            statement.MeetingConcludedWithoutAdoption(message.AtUtc);
            await publisher.ReleaseIfDueAsync(statement, now, ct);
        }
    }
}

public sealed class MeetingConcludedConsumerDefinition() : ServiceConsumerDefinition<MeetingConcludedConsumer>(StatementsDbContext.Service);
