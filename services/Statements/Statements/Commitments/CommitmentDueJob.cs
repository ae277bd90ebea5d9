namespace SummitCoordination.Statements.Commitments;

/// <summary>At a commitment's due date: overdue unless done (persistent: fires after a restart too, late if it was down).</summary>
public sealed class CommitmentDueJob(StatementsDbContext db, TimeProvider clock)
    : AggregateDeadlineJob<StatementsDbContext, CommitmentDueJob>(db, clock), IAggregateDeadline
{
    public static string Prefix => "commitment-due";

    public static string IdName => "commitmentId";

    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var open = await db.Commitments.AsNoTracking()
            .Where(c => !c.Overdue && c.Progress != CommitmentProgress.Done)
            .Select(c => new { c.Id, c.DueUtc })
            .ToListAsync(ct);
        await RestoreAsync(deadlines, open.Select(c => (c.Id, c.DueUtc)), ct);
    }

    protected override async Task RunAsync(Guid id, CancellationToken ct)
    {
        var commitment = await Db.Commitments.SingleOrDefaultAsync(c => c.Id == id, ct);
        var now = Clock.GetUtcNow().UtcDateTime;
        if (commitment is not null && commitment.MarkOverdueIfDue(now))
        {
            await Touch(Db, commitment, now, ct);
        }
    }

    /// <summary>
    /// A commitment was recorded or changed: its statement's read-model row's Last-Modified moves (ETag with it), and
    /// <see cref="CommitmentChanged"/> leaves through the outbox, in the same transaction, for the pages that show it.
    /// </summary>
    public static async Task Touch(StatementsDbContext db, Commitment commitment, DateTime nowUtc, CancellationToken ct)
    {
        if (await db.Published.SingleOrDefaultAsync(p => p.Id == commitment.StatementId, ct) is { } published)
        {
            published.UpdatedUtc = nowUtc;
        }

        db.Raise(new CommitmentChanged(commitment.Id, commitment.StatementId, commitment.Status, nowUtc), nowUtc);
    }
}
