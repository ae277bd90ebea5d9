using Microsoft.EntityFrameworkCore;
using SummitCoordination.Scheduling.Persistence;

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
    }
}
