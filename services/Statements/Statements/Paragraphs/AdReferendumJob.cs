namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// At the date by which a capital was to confirm a paragraph agreed ad referendum: recorded as lapsed unless confirmed,
/// and the secretariat told (<see cref="AdReferendumLapsed"/>); the paragraph stays unconfirmed, so it still blocks
/// adoption. Persistent: fires after a restart too, late if the service was down.
/// </summary>
public sealed class AdReferendumJob(StatementsDbContext db, TimeProvider clock) : DeadlineJob<StatementsDbContext>(db, clock)
{
    public static string Key(Guid statementId, Guid paragraphId) => $"ad-referendum:{statementId:N}:{paragraphId:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid statementId, Guid paragraphId, DateTime confirmByUtc, CancellationToken ct) =>
        deadlines.SetAsync<AdReferendumJob>(Key(statementId, paragraphId), confirmByUtc,
            new Dictionary<string, string> { ["statementId"] = statementId.ToString(), ["paragraphId"] = paragraphId.ToString() }, ct);

    /// <summary>An ad referendum recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var drafts = await db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Drafting && s.Standings.Any())
            .Select(s => new { s.Id, s.Standings }).ToListAsync(ct);
        var waiting = drafts.SelectMany(s => s.Standings
                .Where(p => p.Status == ParagraphStatus.AgreedAdReferendum && p.AdReferendum is { Confirmed: false, LapsedUtc: null })
                .Select(p => (StatementId: s.Id, p.ParagraphId, p.AdReferendum!.ConfirmByUtc)))
            .ToList();
        await deadlines.RestoreMissingAsync(waiting, w => Key(w.StatementId, w.ParagraphId),
            (w, token) => SetAsync(deadlines, w.StatementId, w.ParagraphId, w.ConfirmByUtc, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var (statementId, paragraphId) = (Guid.Parse(data("statementId")!), Guid.Parse(data("paragraphId")!));
        var statement = await Db.Statements.SingleOrDefaultAsync(s => s.Id == statementId, ct);
        var now = Clock.GetUtcNow().UtcDateTime;
        if (statement?.LapseAdReferendum(paragraphId, now) is { } lapsed)
        {
            var adReferendum = statement.StandingOf(paragraphId)!.AdReferendum!;
            ParagraphNews.Raise(Db, statement, lapsed, now);
            Db.Raise(new AdReferendumLapsed(statement.Id, statement.MeetingId, statement.Title, paragraphId, lapsed.Number, adReferendum.Party,
                adReferendum.ConfirmByUtc, now), now);
            await Db.SaveChangesAsync(ct);
        }
    }
}
