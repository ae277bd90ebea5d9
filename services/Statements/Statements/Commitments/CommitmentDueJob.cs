namespace SummitCoordination.Statements.Commitments;

/// <summary>At a commitment's due date: overdue unless done (persistent: fires after a restart too, late if it was down).</summary>
public sealed class CommitmentDueJob(StatementsDbContext db, TimeProvider clock) : DeadlineJob<StatementsDbContext>(db, clock)
{
    public static string Key(Guid commitmentId) => $"commitment-due:{commitmentId:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid commitmentId, DateTime dueUtc, CancellationToken ct) =>
        deadlines.SetAsync<CommitmentDueJob>(Key(commitmentId), dueUtc, new Dictionary<string, string> { ["commitmentId"] = commitmentId.ToString() }, ct);

    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var open = await db.Commitments.AsNoTracking()
            .Where(c => !c.Overdue && c.Progress != CommitmentProgress.Done)
            .Select(c => new { c.Id, c.DueUtc })
            .ToListAsync(ct);
        await deadlines.RestoreMissingAsync(open, c => Key(c.Id), (c, token) => SetAsync(deadlines, c.Id, c.DueUtc, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("commitmentId")!);
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
