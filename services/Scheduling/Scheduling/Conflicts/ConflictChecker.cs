namespace SummitCoordination.Scheduling.Conflicts;

/// <summary>
/// Checks one meeting against the calendar. Every lookup goes through an index (venue and start, body and start,
/// start) over a window bounded by <see cref="Meeting.MaximumLength"/>, so the cost grows with the meetings near
/// the candidate, not with the size of the calendar.
/// </summary>
public sealed class ConflictChecker(SchedulingDbContext db)
{
    private static readonly MeetingStatus[] Gone = [MeetingStatus.Postponed, MeetingStatus.Cancelled];

    // The lookups every check makes are compiled once: at this size the query pipeline, not the data, is the cost. A
    // compiled query belongs to one model, and each provider's context has its own (one process may hold several: tests).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Compiled> PerModel = new();

    private Compiled Queries => PerModel.GetOrAdd(db.GetType(), _ => new Compiled());

    private sealed class Compiled
    {
        public readonly Func<SchedulingDbContext, string, string, DateTime, DateTime, DateTime, Guid, IAsyncEnumerable<Other>> SameVenue =
            EF.CompileAsyncQuery((SchedulingDbContext db, string city, string venue, DateTime earliest, DateTime start, DateTime end, Guid id) =>
                db.Meetings.AsNoTracking()
                    .Where(x => x.City == city && x.Venue == venue && x.StartUtc > earliest && x.StartUtc < end)
                    .Where(x => x.EndUtc > start && x.Id != id && x.Status != MeetingStatus.Postponed && x.Status != MeetingStatus.Cancelled)
                    .Select(x => new Other(x.Id, x.Title, x.BodyId, x.StartUtc, x.EndUtc)));

        public readonly Func<SchedulingDbContext, Guid, DateTime, DateTime, IAsyncEnumerable<Other>> ParentMeetings =
            EF.CompileAsyncQuery((SchedulingDbContext db, Guid parentId, DateTime after, DateTime before) =>
                db.Meetings.AsNoTracking()
                    .Where(x => x.BodyId == parentId && x.StartUtc > after && x.StartUtc < before)
                    .Where(x => x.Status != MeetingStatus.Postponed && x.Status != MeetingStatus.Cancelled)
                    .Select(x => new Other(x.Id, x.Title, x.BodyId, x.StartUtc, x.EndUtc)));

        public readonly Func<SchedulingDbContext, Guid, IAsyncEnumerable<ChildBody>> ChildBodies =
            EF.CompileAsyncQuery((SchedulingDbContext db, Guid bodyId) =>
                db.Bodies.AsNoTracking().Where(b => b.ParentBodyId == bodyId).Select(b => new ChildBody(b.Id, b.MinimumGapMinutes)));

        public readonly Func<SchedulingDbContext, string, DateOnly, DateOnly, IAsyncEnumerable<PublicHoliday>> Holidays =
            EF.CompileAsyncQuery((SchedulingDbContext db, string party, DateOnly first, DateOnly last) =>
                db.PublicHolidays.AsNoTracking().Where(h => h.Party == party && h.Date >= first && h.Date <= last));
    }

    private sealed record Other(Guid Id, string Title, Guid BodyId, DateTime StartUtc, DateTime EndUtc);

    private sealed record ChildBody(Guid Id, int MinimumGapMinutes);

    public async Task<IReadOnlyList<Conflict>> CheckAsync(CandidateMeeting m, CancellationToken ct)
    {
        var conflicts = new List<Conflict>();
        var earliest = m.StartUtc - Meeting.MaximumLength;

        // Hard: the same venue booked twice at overlapping times.
        var sameVenue = await Queries.SameVenue(db, m.City, m.Venue, earliest, m.StartUtc, m.EndUtc, m.Id).ToListAsync(ct);
        conflicts.AddRange(sameVenue.Select(x => new Conflict("venue-double-booked",
            $"{m.Venue}, {m.City} is booked for '{x.Title}' at an overlapping time.", true, x.Id, x.Title)));

        // Hard: one person heading two overlapping delegations. A head not yet named is nobody yet: it is never compared.
        var heads = m.Delegations.Where(d => d.HeadNamed).Select(d => d.HeadName).Distinct().ToList();
        if (heads.Count > 0)
        {
            var overlapping = await db.Meetings.AsNoTracking()
                .Where(x => x.StartUtc > earliest && x.StartUtc < m.EndUtc && x.EndUtc > m.StartUtc && x.Id != m.Id && !Gone.Contains(x.Status))
                .Where(x => x.Delegations.Any(d => heads.Contains(d.HeadName)))
                .Select(x => new { x.Id, x.Title, Heads = x.Delegations.Where(d => heads.Contains(d.HeadName)).Select(d => d.HeadName).ToList() })
                .ToListAsync(ct);
            conflicts.AddRange(overlapping.SelectMany(x => x.Heads.Distinct().Select(head => new Conflict("head-in-two-places",
                $"{head} already heads a delegation at '{x.Title}', which overlaps.", true, x.Id, x.Title))));
        }

        // Hard: a C5+X meeting with no X delegation.
        if (m.Body.Partner is { } partner && m.Delegations.All(d => d.Party != partner))
        {
            conflicts.Add(new Conflict("partner-missing", $"A C5+{partner} meeting needs a delegation of {partner}.", true));
        }

        await CheckPreparationOrderAsync(m, conflicts, ct);
        CheckWorkingHours(m, conflicts);
        await CheckHolidaysAsync(m, conflicts, ct);
        return conflicts;
    }

    /// <summary>Officials before ministers before leaders: a preparatory meeting ends before its parent's meeting starts, with the body's minimum gap.</summary>
    private async Task CheckPreparationOrderAsync(CandidateMeeting m, List<Conflict> conflicts, CancellationToken ct)
    {
        if (m.Body.ParentBodyId is { } parentId)
        {
            var gap = m.Body.MinimumGap;
            var parents = await Queries.ParentMeetings(db, parentId, m.StartUtc, m.EndUtc + gap).ToListAsync(ct);
            foreach (var parent in parents)
            {
                conflicts.Add(parent.StartUtc < m.EndUtc
                    ? new Conflict("prepares-after-parent-starts", $"This meeting prepares '{parent.Title}' but ends after it starts.", true, parent.Id, parent.Title)
                    : new Conflict("gap-before-parent", $"Less than {gap.TotalHours:0.#} h between this meeting's end and '{parent.Title}'.", false, parent.Id, parent.Title));
            }
        }

        var children = await Queries.ChildBodies(db, m.Body.Id).ToListAsync(ct);
        if (children.Count == 0)
        {
            return;
        }

        var childIds = children.Select(c => c.Id).ToList();
        var widestGap = TimeSpan.FromMinutes(children.Max(c => c.MinimumGapMinutes));
        var earliest = m.StartUtc - Meeting.MaximumLength - widestGap;
        var preparatory = await db.Meetings.AsNoTracking()
            .Where(x => childIds.Contains(x.BodyId) && x.StartUtc > earliest && x.StartUtc < m.StartUtc)
            .Where(x => x.EndUtc > m.StartUtc - widestGap && !Gone.Contains(x.Status))
            .Select(x => new { x.Id, x.Title, x.BodyId, x.EndUtc })
            .ToListAsync(ct);
        foreach (var child in preparatory)
        {
            var gap = TimeSpan.FromMinutes(children.Single(c => c.Id == child.BodyId).MinimumGapMinutes);
            if (child.EndUtc > m.StartUtc)
            {
                conflicts.Add(new Conflict("prepares-after-parent-starts", $"'{child.Title}' prepares this meeting but ends after it starts.", true, child.Id, child.Title));
            }
            else if (child.EndUtc > m.StartUtc - gap)
            {
                conflicts.Add(new Conflict("gap-before-parent", $"Less than {gap.TotalHours:0.#} h between '{child.Title}' and this meeting.", false, child.Id, child.Title));
            }
        }
    }

    private static void CheckWorkingHours(CandidateMeeting m, List<Conflict> conflicts)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(m.TimeZone);
        var start = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.StartUtc, zone));
        var end = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.EndUtc, zone));
        if (start < m.Body.WorkingDayStart || end > m.Body.WorkingDayEnd || end < m.Body.WorkingDayStart)
        {
            conflicts.Add(new Conflict("outside-working-hours",
                $"{start:HH:mm}-{end:HH:mm} local is outside the working hours {m.Body.WorkingDayStart:HH:mm}-{m.Body.WorkingDayEnd:HH:mm}.", false));
        }
    }

    private async Task CheckHolidaysAsync(CandidateMeeting m, List<Conflict> conflicts, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(m.TimeZone);
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.StartUtc, zone));
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(m.EndUtc, zone));
        var holidays = await Queries.Holidays(db, m.HostParty, first, last).ToListAsync(ct);
        conflicts.AddRange(holidays.Select(h => new Conflict("host-public-holiday", $"{h.Date:yyyy-MM-dd} is {h.Name}, a public holiday of {h.Party}.", false)));
    }
}
