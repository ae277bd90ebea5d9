namespace SummitCoordination.Scheduling.Public;

/// <summary>A party as anyone may know it: its code, kind and names in both working languages.</summary>
public sealed record PublicParty(string Code, PartyKind Kind, string NameEn, string NameRu, string TimeZone);

/// <summary>An announced meeting as the public calendar shows it: no delegations, no venue details beyond the city.</summary>
public sealed record PublicCalendarEntry(Guid Id, string Title, string Body, string? BodyRu, Layer Layer, Track Track, string Format, string? Partner, string HostParty,
    string City, DateTime StartUtc, DateTime EndUtc, string TimeZone, MeetingStatus Status);

/// <summary>
/// What Scheduling tells the public (issue 10): party names, for pages in either language, and the announced
/// meetings, for the calendar page. The same meetings as <c>/public/calendar.ics</c>; nothing unannounced.
/// </summary>
public static class PublicSchedulingEndpoints
{
    public static IEndpointRouteBuilder MapPublicSchedulingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/parties", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Parties.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code)
                    .Select(p => new PublicParty(p.Code, p.Kind, p.NameEn, p.NameRu, p.TimeZone)).ToListAsync(ct)))
            .WithSummary("Members, partners and observers: code, kind, English and Russian names, IANA time zone of the capital.");
        group.MapGet("/calendar", async (int? year, SchedulingDbContext db, CancellationToken ct) => TypedResults.Ok(await CalendarAsync(db, year, ct)))
            .WithSummary("The public calendar as JSON: announced meetings (a later postponement or cancellation shows too), oldest first; year narrows it.");
        return app;
    }

    private static async Task<List<PublicCalendarEntry>> CalendarAsync(SchedulingDbContext db, int? year, CancellationToken ct)
    {
        var query = db.Meetings.AsNoTracking().Where(m => m.AnnouncedUtc != null);
        if (year is { } y)
        {
            DomainException.RequireYear("year", y);
            var (from, to) = (new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-1), new DateTime(y, 12, 31, 0, 0, 0, DateTimeKind.Utc).AddDays(2));
            query = query.Where(m => m.StartUtc >= from && m.StartUtc < to);
        }

        var meetings = await query.OrderBy(m => m.StartUtc).ToListAsync(ct);
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        return meetings.Select(m =>
        {
            var body = bodies[m.BodyId];
            return new PublicCalendarEntry(m.Id, m.Title, body.Name, body.NameRu, body.Layer, body.Track, body.Format, body.Partner, m.HostParty, m.City,
                m.StartUtc, m.EndUtc, m.TimeZone, m.Status);
        }).ToList();
    }
}
