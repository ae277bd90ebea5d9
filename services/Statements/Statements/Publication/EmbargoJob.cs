namespace SummitCoordination.Statements.Publication;

/// <summary>At an embargo's end: the adopted statement is published (a persistent job: it fires after a restart too).</summary>
public sealed class EmbargoJob(StatementsDbContext db, TimeProvider clock, Publisher publisher) : DeadlineJob<StatementsDbContext>(db, clock)
{
    public static string Key(Guid statementId) => $"embargo:{statementId:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid statementId, DateTime releaseUtc, CancellationToken ct) =>
        deadlines.SetAsync<EmbargoJob>(Key(statementId), releaseUtc, new Dictionary<string, string> { ["statementId"] = statementId.ToString() }, ct);

    /// <summary>An embargo recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var waiting = await db.Statements.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.EmbargoUtc != null && s.Status == StatementStatus.Adopted)
            .Select(s => new { s.Id, s.EmbargoUtc })
            .ToListAsync(ct);
        await deadlines.RestoreMissingAsync(waiting, s => Key(s.Id), (s, token) => SetAsync(deadlines, s.Id, s.EmbargoUtc!.Value, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("statementId")!);
        var statement = await Db.Statements.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is { Status: StatementStatus.Adopted, EmbargoUtc: not null })
        {
            await publisher.ReleaseIfDueAsync(statement, Clock.GetUtcNow().UtcDateTime, ct);
        }
    }
}
