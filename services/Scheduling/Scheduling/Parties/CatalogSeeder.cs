namespace SummitCoordination.Scheduling.Parties;

/// <summary>Seeds the standard catalogue at first start; adds what is missing on later starts, changes nothing present.</summary>
public static class CatalogSeeder
{
    public static async Task SeedAsync(SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var parties = await db.Parties.Select(p => p.Code).ToListAsync(ct);
        db.Parties.AddRange(StandardCatalog.Parties.Where(p => !parties.Contains(p.Code))
            .Select(p => new Party(p.Code, p.Kind, p.NameEn, p.NameRu, p.Capital, p.TimeZone)));

        var formats = await db.Formats.Select(f => f.Code).ToListAsync(ct);
        db.Formats.AddRange(StandardCatalog.Formats().Where(f => !formats.Contains(f.Code)));

        if (!await db.PublicHolidays.AnyAsync(ct))
        {
            db.PublicHolidays.AddRange(StandardHolidays.For(2018, 2035));
        }

        var bodies = await db.Bodies.ToDictionaryAsync(b => b.Id, ct);
        foreach (var body in StandardCatalog.Bodies())
        {
            if (!bodies.TryGetValue(body.Id, out var present))
            {
                db.Bodies.Add(body);
                db.Raise(body.ToEvent(now), now);
            }
            else if (present.NameRu is null && body.NameRu is not null)
            {
                // A standard body seeded before bodies had Russian names gets its own; nothing else of it changes.
                present.NameRuIfMissing(body.NameRu);
            }
        }

        await db.SaveChangesAsync(ct);
        await SeedRecordAsync(db, now, ct);
    }

    /// <summary>The standings of the members and guests, and the Consultative Meetings held, each added once.</summary>
    private static async Task SeedRecordAsync(SchedulingDbContext db, DateTime now, CancellationToken ct)
    {
        if (!await db.Standings.AnyAsync(ct))
        {
            db.Standings.AddRange(StandardCatalog.Parties.Where(p => p.Kind == PartyKind.Member)
                .Select(p => new Standing(p.Code, Format.C5, StandingKind.Member, HistoricalRecord.C5Since, HistoricalRecord.C5Basis, null, null, now, "catalogue")));
            db.Standings.AddRange(HistoricalRecord.Guests
                .Select(g => new Standing(g.Party, Format.C5, g.Kind, g.From, g.Basis, null, null, now, "catalogue")));
            await db.SaveChangesAsync(ct);
        }

        // Admissions to one layer, each once (a database seeded before they were known gets them at its next start, and
        // the meetings they concern hear of their new deciding set).
        var standings = new PartyStandings(db);
        foreach (var admission in HistoricalRecord.Admissions)
        {
            if (!await db.Standings.AnyAsync(s => s.Party == admission.Party && s.Format == Format.C5 && s.Kind == admission.Kind && s.From == admission.From
                    && s.BodyId == admission.BodyId, ct))
            {
                await standings.RecordAsync(new Standing(admission.Party, Format.C5, admission.Kind, admission.From, admission.Basis, null, null, now, "catalogue",
                    admission.Layer, admission.BodyId), now, ct);
                await db.SaveChangesAsync(ct);
            }
        }

        var leaders = await db.Bodies.SingleAsync(b => b.Id == StandardCatalog.Leaders, ct);
        var ids = HistoricalRecord.ConsultativeMeetings.Select(HistoricalRecord.MeetingId).ToList();
        var present = await db.Meetings.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        foreach (var held in HistoricalRecord.ConsultativeMeetings.Where(m => !present.Contains(HistoricalRecord.MeetingId(m))))
        {
            var members = await standings.MembersAsync(leaders, held.On, ct);
            var meeting = HistoricalRecord.Record(held, leaders, parties, members, now);
            db.Meetings.Add(meeting);
            leaders.RecordTermHeld(held.On, held.Host, held.City);
            db.Raise(meeting.Scheduled(leaders, held.Host, await standings.DecidersAsync(leaders, held.On, ct)), now);
        }

        await db.SaveChangesAsync(ct);
    }
}
