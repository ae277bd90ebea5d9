namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// What leaves Statements, through the outbox in the act's own transaction, when a text or a paragraph changes: the
/// paragraph's change (the states with a reservation on it hear of it) and the text's readiness for adoption, which
/// Consensus keeps a copy of to refuse putting a text that is not clean to the decision.
/// </summary>
public static class ParagraphNews
{
    public static void Raise(StatementsDbContext db, Statement statement, ParagraphEvent change, DateTime nowUtc)
    {
        var status = statement.StandingOf(change.ParagraphId)?.Status ?? ParagraphStatus.Agreed;
        var reservedBy = statement.ReservationsOn(change.ParagraphId).Select(r => r.Party).ToList();
        db.Raise(new ParagraphStatusChanged(statement.Id, statement.MeetingId, statement.Title, change.ParagraphId, change.Number, status, change.Kind,
            reservedBy, nowUtc), nowUtc);
        Readiness(db, statement, nowUtc);
    }

    /// <summary>
    /// The latest version's blocking paragraphs. <see cref="StatementReadinessChanged.Revision"/> is the statement's
    /// concurrency version as this save leaves it, so a copy never takes an older readiness over a newer one.
    /// </summary>
    public static void Readiness(StatementsDbContext db, Statement statement, DateTime nowUtc)
    {
        var revision = statement.Version + (db.Entry(statement).State == EntityState.Added ? 0 : 1);
        db.Raise(new StatementReadinessChanged(statement.Id, statement.MeetingId, statement.LatestVersion, revision, statement.Blocking(), nowUtc), nowUtc);
    }
}
