namespace SummitCoordination.Statements.Register;

/// <summary>
/// DOMAIN.md, Documents, who reads what: everyone the General documents (and those whose derestriction date has
/// come); a delegation also the Limited ones of the meetings it sits in and the Restricted ones naming its state; the
/// secretariat everything. A document a caller may not read does not exist for it (404).
/// </summary>
public static class RegisterAccess
{
    public static async Task<IQueryable<RegisteredDocument>> VisibleAsync(StatementsDbContext db, ClaimsPrincipal? user, DateOnly today, CancellationToken ct)
    {
        var documents = db.Documents.AsNoTracking();
        if (user?.IsSecretariat() == true)
        {
            return documents;
        }

        if (user is not null && user.IsInRole(Roles.Delegation) && user.PartyCode() is { } party)
        {
            var meetings = await SeatedMeetingsAsync(db, party, ct);
            var bars = $"|{party}|";
            return documents.Where(d => d.Level == DistributionLevel.General || (d.DerestrictOn != null && d.DerestrictOn <= today)
                || (d.Level == DistributionLevel.Limited && meetings.Contains(d.MeetingId))
                || (d.Level == DistributionLevel.Restricted && d.RecipientCodes.Contains(bars)));
        }

        return Public(documents, today);
    }

    /// <summary>What the public register lists: General, or past its derestriction date (the job may be a moment behind the clock).</summary>
    public static IQueryable<RegisteredDocument> Public(IQueryable<RegisteredDocument> documents, DateOnly today) =>
        documents.Where(d => d.Level == DistributionLevel.General || (d.DerestrictOn != null && d.DerestrictOn <= today));

    /// <summary>The document if the caller may read it, else 404.</summary>
    public static async Task<RegisteredDocument> ReadableAsync(StatementsDbContext db, ClaimsPrincipal? user, Guid id, DateOnly today, CancellationToken ct) =>
        await (await VisibleAsync(db, user, today, ct)).Include(d => d.Files).SingleOrDefaultAsync(d => d.Id == id, ct)
        ?? throw DomainException.NotFound("Document", id);

    private static async Task<List<Guid>> SeatedMeetingsAsync(StatementsDbContext db, string party, CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Parties }).ToListAsync(ct))
        .Where(m => m.Parties.Contains(party)).Select(m => m.Id).ToList();

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
