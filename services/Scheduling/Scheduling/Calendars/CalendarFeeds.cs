namespace SummitCoordination.Scheduling.Calendars;

/// <summary>
/// The calendars as iCalendar, each as its reader may see it now: the same rules whether the reader came with a token or
/// with a private feed's secret (a meeting it sits in, its own state's meetings, a body's meetings it sits in; the public
/// calendar's announced meetings for anyone).
/// </summary>
public sealed class CalendarFeeds(SchedulingDbContext db, IAuthorizationService authorization)
{
    public async Task<IResult> ReadAsync(ClaimsPrincipal reader, CalendarFeedKind feed, string target, CancellationToken ct)
    {
        switch (feed)
        {
            case CalendarFeedKind.Meeting:
            {
                var meeting = await MeetingEndpoints.LoadVisibleAsync(db, Guid.Parse(target), reader, ct);
                return await FeedAsync(meeting.Title, [meeting], publicView: false, ct);
            }

            case CalendarFeedKind.Party:
            {
                await authorization.RequireAsync(reader, new ActingFor(target), OwnStateRequirement.OrSecretariat,
                    () => new DomainException(DomainErrorKind.Forbidden, "calendar.other-party", "A delegation reads its own state's calendar only."));

                var meetings = await db.Meetings.AsNoTracking()
                    .Where(m => m.Delegations.Any(d => d.Party == target) || m.Observers.Contains(target)).OrderBy(m => m.StartUtc).ToListAsync(ct);
                return await FeedAsync($"Meetings of {target}", meetings, publicView: false, ct);
            }

            default:
            {
                var id = Guid.Parse(target);
                var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
                var meetings = (await db.Meetings.AsNoTracking().Where(m => m.BodyId == id).OrderBy(m => m.StartUtc).ToListAsync(ct))
                    .Where(m => reader.MaySeeMeeting(m.Seats));
                return await FeedAsync(body.Name, meetings.ToList(), publicView: false, ct);
            }
        }
    }

    /// <summary>The public calendar: announced meetings only.</summary>
    public async Task<IResult> PublicAsync(CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.AnnouncedUtc != null).OrderBy(m => m.StartUtc).ToListAsync(ct);
        return await FeedAsync("C5 public calendar", meetings, publicView: true, ct);
    }

    private async Task<IResult> FeedAsync(string name, IReadOnlyList<Meeting> meetings, bool publicView, CancellationToken ct)
    {
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        return Results.Text(CalendarFeed.Write(name, meetings, bodies, publicView), CalendarFeed.ContentType);
    }
}
