namespace SummitCoordination.Statements.Register;

/// <summary>
/// At a document's derestriction date (its first instant, UTC) a Limited or Restricted document becomes General and
/// the public register lists it. Persistent: fires after a restart too, late if the service was down.
/// </summary>
public sealed class DerestrictionJob(StatementsDbContext db, TimeProvider clock)
    : AggregateDeadlineJob<StatementsDbContext, DerestrictionJob>(db, clock), IAggregateDeadline
{
    public static string Prefix => "derestriction";

    public static string IdName => "documentId";

    /// <summary>Sets, moves or (no date, or General already) clears the document's deadline. Call after the commit.</summary>
    public static Task SyncAsync(IDeadlines deadlines, RegisteredDocument document, CancellationToken ct) =>
        document.Level != DistributionLevel.General && document.DerestrictAtUtc is { } at
            ? SetAsync(deadlines, document.Id, at, ct)
            : deadlines.ClearAsync(Key(document.Id), ct);

    /// <summary>A document registered with a date whose job was lost (a crash between the commit and the job) gets it back at start.</summary>
    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var waiting = await db.Documents.AsNoTracking().Where(d => d.Level != DistributionLevel.General && d.DerestrictOn != null).ToListAsync(ct);
        await deadlines.RestoreMissingAsync(waiting, d => Key(d.Id), (d, token) => SyncAsync(deadlines, d, token), ct);
    }

    protected override async Task RunAsync(Guid id, CancellationToken ct)
    {
        var document = await Db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is not null && document.DerestrictIfDue(Clock.GetUtcNow().UtcDateTime))
        {
            await Db.SaveChangesAsync(ct);
        }
    }
}
