namespace SummitCoordination.Consensus.Texts;

/// <summary>Keeps the latest readiness Statements published for each statement.</summary>
public sealed class TextReadinessConsumer(ConsensusDbContext db, TimeProvider clock)
    : IdempotentConsumer<StatementReadinessChanged, ConsensusDbContext>(db, clock)
{
    protected override async Task Handle(StatementReadinessChanged message, CancellationToken ct)
    {
        if (await Db.Texts.SingleOrDefaultAsync(t => t.StatementId == message.StatementId, ct) is { } known)
        {
            known.Apply(message);
        }
        else
        {
            Db.Texts.Add(TextReadiness.From(message));
        }
    }
}

public sealed class TextReadinessConsumerDefinition() : ServiceConsumerDefinition<TextReadinessConsumer>(ConsensusDbContext.Service);
