namespace SummitCoordination.Statements.Drafting;

/// <summary>An item proposed to adopt a statement (it names the statement) becomes that statement's item.</summary>
public sealed class AgendaItemProposedConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<AgendaItemProposed, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemProposed message, CancellationToken ct)
    {
        if (message.StatementId is { } id && await Db.Statements.SingleOrDefaultAsync(s => s.Id == id, ct) is { } statement)
        {
            statement.LinkItem(message.ItemId);
        }
    }
}

public sealed class AgendaItemProposedConsumerDefinition() : ServiceConsumerDefinition<AgendaItemProposedConsumer>(StatementsDbContext.Service);

/// <summary>
/// Adoption (issue 5, section 2): the version the item names, or else the latest, is frozen with its SHA-256 hash, the
/// bound parties as signatories and the adopting meeting; then it waits for its release time, or is released now.
/// </summary>
public sealed class AgendaItemAdoptedConsumer(StatementsDbContext db, TimeProvider clock, Publisher publisher)
    : IdempotentConsumer<AgendaItemAdopted, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemAdopted message, CancellationToken ct)
    {
        var statement = message.StatementId is { } id
            ? await Db.Statements.SingleOrDefaultAsync(s => s.Id == id, ct)
            : await Db.Statements.Where(s => s.ItemId == message.ItemId).OrderBy(s => s.CreatedUtc).FirstOrDefaultAsync(ct);
        if (statement is null)
        {
            return;
        }

        statement.LinkItem(message.ItemId);
        if (statement.Adopt(message.StatementVersion ?? statement.LatestVersion, message.Bound, message.MeetingId, message.AtUtc))
        {
            await publisher.ReleaseIfDueAsync(statement, Clock.GetUtcNow().UtcDateTime, ct);
        }
    }
}

public sealed class AgendaItemAdoptedConsumerDefinition() : ServiceConsumerDefinition<AgendaItemAdoptedConsumer>(StatementsDbContext.Service);

/// <summary>A statement whose item is blocked may be replaced by a chairman's statement (issue 5, section 3).</summary>
public sealed class AgendaItemDecidedConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<AgendaItemDecided, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemDecided message, CancellationToken ct)
    {
        if (message.Outcome != OutcomeKind.Blocked)
        {
            return;
        }

        foreach (var statement in await Db.Statements.Where(s => s.ItemId == message.ItemId).ToListAsync(ct))
        {
            statement.Blocked(message.MeetingId, message.AtUtc);
        }
    }
}

public sealed class AgendaItemDecidedConsumerDefinition() : ServiceConsumerDefinition<AgendaItemDecidedConsumer>(StatementsDbContext.Service);
