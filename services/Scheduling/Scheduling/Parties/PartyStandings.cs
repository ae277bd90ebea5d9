namespace SummitCoordination.Scheduling.Parties;

/// <summary>
/// The deciding set of a meeting, from the standings that hold on its date (DOMAIN.md): the members of the C5 format,
/// plus, in a C5+X format, partner X and whoever holds a deciding standing in that format. No list of members in code.
/// </summary>
public sealed class PartyStandings(SchedulingDbContext db)
{
    /// <summary>The parties that decide at a meeting of <paramref name="body"/> held on <paramref name="on"/> (local date), by code.</summary>
    public async Task<IReadOnlyList<string>> DecidersAsync(Body body, DateOnly on, CancellationToken ct)
    {
        var formats = body.Format == Format.C5 ? new[] { Format.C5 } : [Format.C5, body.Format];
        return Deciders(body, on, await db.Standings.AsNoTracking().Where(s => formats.Contains(s.Format) && s.From <= on).ToListAsync(ct));
    }

    private static IReadOnlyList<string> Deciders(Body body, DateOnly on, IEnumerable<Standing> history)
    {
        var relevant = history.Where(s => s.Covers(body));
        var deciders = Standing.HoldingOn(relevant, on).Where(s => s.Decides).Select(s => s.Party).ToHashSet();
        if (body.Partner is not null)
        {
            // Partner X is a full party to a C5+X meeting by the format's definition (DOMAIN.md, Formats).
            deciders.Add(body.Partner);
        }

        return deciders.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether a party may send a delegation (not merely attend as an observer): a member or partner of the catalogue, or
    /// a party holding a deciding standing in some body, layer or format (Azerbaijan at the Leaders' summits).
    /// </summary>
    public static async Task<bool> MaySendDelegationAsync(SchedulingDbContext db, string code, CancellationToken ct) =>
        await db.Parties.AnyAsync(p => p.Code == code && p.Kind != PartyKind.Observer, ct)
        || await db.Standings.AnyAsync(s => s.Party == code && (s.Kind == StandingKind.Member || s.Kind == StandingKind.Partner), ct);

    /// <summary>The members of the C5 format on a date whose standing covers <paramref name="body"/>: the parties its chair rotates among.</summary>
    public async Task<IReadOnlyList<string>> MembersAsync(Body body, DateOnly on, CancellationToken ct)
    {
        var history = await db.Standings.AsNoTracking().Where(s => s.Format == Format.C5 && s.From <= on).ToListAsync(ct);
        return Standing.HoldingOn(history.Where(s => s.Covers(body)), on).Where(s => s.Kind == StandingKind.Member).Select(s => s.Party)
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Adds a standing (the caller saves, in one unit with what else it does) and tells Consensus and Statements of every
    /// meeting not yet held, on or after its date, whose deciding set it changes (MeetingDelegationsChanged with the new
    /// deciders). A meeting in session keeps the deciding set it opened with: a standing never changes mid-meeting. A
    /// party's catalogue kind follows its standing in C5 when that standing covers the whole format.
    /// </summary>
    public async Task<Standing> RecordAsync(Standing standing, DateTime nowUtc, CancellationToken ct)
    {
        var party = await db.Parties.SingleOrDefaultAsync(p => p.Code == standing.Party, ct) ?? throw DomainException.NotFound("Party", standing.Party);
        if (!await db.Formats.AnyAsync(f => f.Code == standing.Format, ct))
        {
            throw DomainException.NotFound("Format", standing.Format);
        }

        var history = await db.Standings.AsNoTracking().ToListAsync(ct);
        db.Standings.Add(standing);
        if (standing.Format == Format.C5 && standing.WholeFormat)
        {
            party.Reclassify(standing.Kind switch
            {
                StandingKind.Member => PartyKind.Member,
                StandingKind.Partner => PartyKind.Partner,
                _ => PartyKind.Observer,
            });
        }

        var affected = await db.Meetings.AsNoTracking()
            .Where(m => m.Status != MeetingStatus.Concluded && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Convened)
            .Join(db.Bodies.AsNoTracking().Where(b => standing.Format == Format.C5 || b.Format == standing.Format), m => m.BodyId, b => b.Id,
                (m, b) => new { Meeting = m, Body = b })
            .ToListAsync(ct);
        foreach (var pair in affected.Where(p => p.Meeting.LocalDate >= standing.From && standing.Covers(p.Body)))
        {
            var on = pair.Meeting.LocalDate;
            var before = Deciders(pair.Body, on, history);
            var after = Deciders(pair.Body, on, [.. history, standing]);
            if (!before.SequenceEqual(after))
            {
                db.Raise(new MeetingDelegationsChanged(pair.Meeting.Id, pair.Meeting.Delegations.Select(d => d.Party).ToList(),
                    pair.Meeting.Observers.ToList(), nowUtc, after, pair.Meeting.SeatsNow()), nowUtc);
            }
        }

        return standing;
    }
}
