namespace SummitCoordination.Statements.Publication;

/// <summary>At an embargo's end: the adopted statement is published (a persistent job: it fires after a restart too).</summary>
public sealed class EmbargoJob(StatementsDbContext db, TimeProvider clock, Publisher publisher)
    : AggregateDeadlineJob<StatementsDbContext, EmbargoJob>(db, clock), IAggregateDeadline
{
    public static string Prefix => "embargo";

    public static string IdName => "statementId";

    /// <summary>An embargo recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var waiting = await db.Statements.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.EmbargoUtc != null && s.Status == StatementStatus.Adopted)
            .Select(s => new { s.Id, s.EmbargoUtc })
            .ToListAsync(ct);
        await RestoreAsync(deadlines, waiting.Select(s => (s.Id, s.EmbargoUtc!.Value)), ct);
    }

    protected override async Task RunAsync(Guid id, CancellationToken ct)
    {
        var statement = await Db.Statements.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is { Status: StatementStatus.Adopted, EmbargoUtc: not null })
        {
            await publisher.ReleaseIfDueAsync(statement, Clock.GetUtcNow().UtcDateTime, ct);
        }
    }
}
