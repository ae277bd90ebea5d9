namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Issue 22's data step, run at start after the migrations on every provider: each version kept from before
/// paragraphs (no paragraph rows) is split into paragraphs, one per Markdown block, English and Russian paired by
/// place, ids carried from one version to the next (<see cref="Paragraph.Split"/>). Its whole text is left as it was,
/// so nothing is lost and an adopted text's hash still matches; a draft's readiness goes to Consensus. A version with no paragraphs is its own marker: once
/// split, a statement is not looked at again, and a start interrupted half-way finishes the rest at the next start.
/// </summary>
public static class WholeTextSplit
{
    public static async Task<int> RunAsync(StatementsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ids = await db.Statements.AsNoTracking().Where(s => s.Versions.Any(v => !v.Paragraphs.Any())).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var statement = await db.Statements.SingleAsync(s => s.Id == id, ct);
            IReadOnlyList<Paragraph> previous = [];
            foreach (var version in statement.Versions.OrderBy(v => v.Number))
            {
                version.SplitIfWhole(previous);
                previous = version.Paragraphs;
            }

            if (statement.Status == StatementStatus.Drafting)
            {
                // Consensus learns where a draft of before stands, as it does for every draft since.
                ParagraphNews.Readiness(db, statement, clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return ids.Count;
    }
}
