namespace SummitCoordination.Scheduling.Planning;

/// <summary>
/// Lays a summit week out (DOMAIN.md, Meetings): senior officials, then ministers, then leaders, then the C5+X
/// meetings that follow the leaders; each within its body's working hours, after its preparatory meetings plus the
/// minimum gap, off the host's public holidays, in the first of the venues that has no conflict with the calendar.
/// </summary>
public sealed class SummitPlanner(SchedulingDbContext db, ConflictChecker checker, PartyStandings standings, ChairResolver chairs)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);
    private static readonly Layer[] BottomUp = [Layer.SeniorOfficials, Layer.Ministers, Layer.Leaders];

    public static TimeSpan LengthOf(Body body) => body.Partner is not null
        ? TimeSpan.FromHours(2)
        : body.Layer == Layer.SeniorOfficials ? TimeSpan.FromHours(4) : TimeSpan.FromHours(3);

    public async Task<SummitPlan> PlanAsync(SummitPlanRequest request, DateTime nowUtc, CancellationToken ct)
    {
        var host = await db.Parties.AsNoTracking().SingleAsync(p => p.Code == request.HostParty, ct);
        var timeZone = request.TimeZone ?? host.TimeZone;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var bodies = await BodiesInOrderAsync(request, ct);

        var placed = new List<(Body Body, PlannedMeeting Meeting)>();
        var windowEnd = ToUtc(request.To!.Value.AddDays(1), TimeOnly.MinValue, zone);
        var cursor = ToUtc(request.From!.Value, TimeOnly.MinValue, zone);
        foreach (var body in bodies)
        {
            // After every meeting already placed that prepares this one, plus that body's gap; C5+X meetings after the C5 leaders.
            var earliest = placed.Count == 0 ? cursor : placed.Max(p => p.Meeting.EndUtc + (PreparesFor(p.Body, body) ? p.Body.MinimumGap : TimeSpan.Zero));
            // The delegations of each body: the members its standings cover (an admission to one layer seats that layer only).
            var members = await standings.MembersAsync(body, request.From!.Value, ct);
            IReadOnlyList<string> parties = body.Partner is null ? members : [.. members, body.Partner];
            var meeting = await PlaceAsync(body, request, host.Code, timeZone, zone, earliest, windowEnd, parties, ct);
            placed.Add((body, meeting with { TurnOf = await TurnOfAsync(body, host.Code, meeting, timeZone, ct) }));
        }

        return new SummitPlan(host.Code, request.City!.Trim(), timeZone, placed.Select(p => p.Meeting), nowUtc);
    }

    /// <summary>
    /// Moves one planned meeting, if the layout stays possible: each meeting after those that prepare it (plus their gap),
    /// and no clash with the calendar. Otherwise 409 <c>plan.refused</c>, saying why.
    /// </summary>
    public async Task MoveAsync(SummitPlan plan, Guid bodyId, DateTime startUtc, DateTime endUtc, string? venue, CancellationToken ct)
    {
        var current = plan.Meetings.SingleOrDefault(m => m.BodyId == bodyId) ?? throw DomainException.NotFound("Planned meeting", bodyId);
        var ids = plan.Meetings.Select(m => m.BodyId).ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var moved = current with
        {
            StartUtc = startUtc, EndUtc = endUtc, Venue = venue ?? current.Venue,
            StartLocal = MeetingResponse.Local(startUtc, plan.TimeZone), EndLocal = MeetingResponse.Local(endUtc, plan.TimeZone),
        };
        var reasons = new List<string>();
        foreach (var other in plan.Meetings.Where(m => m.BodyId != bodyId))
        {
            var (earlier, later) = (bodies[other.BodyId], bodies[bodyId]);
            if (PreparesFor(earlier, later) && other.EndUtc + earlier.MinimumGap > moved.StartUtc && ids.IndexOf(other.BodyId) < ids.IndexOf(bodyId))
            {
                reasons.Add($"'{other.Title}' prepares it and ends at {other.EndLocal:yyyy-MM-dd HH:mm}; it must start at least {earlier.MinimumGap.TotalHours:0.#} h later");
            }

            if (PreparesFor(later, earlier) && moved.EndUtc + later.MinimumGap > other.StartUtc && ids.IndexOf(bodyId) < ids.IndexOf(other.BodyId))
            {
                reasons.Add($"it prepares '{other.Title}' (from {other.StartLocal:yyyy-MM-dd HH:mm}) and must end at least {later.MinimumGap.TotalHours:0.#} h before");
            }
        }

        var candidate = new CandidateMeeting(Guid.Empty, bodies[bodyId], moved.StartUtc, moved.EndUtc, plan.TimeZone, plan.HostParty, plan.City, moved.Venue,
            moved.Parties.Select(p => new Delegation(p, "", RankFor(bodies[bodyId].Layer), [])).ToList());
        var conflicts = await checker.CheckAsync(candidate, ct);
        reasons.AddRange(conflicts.Select(c => c.Message));
        if (reasons.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Conflict, "plan.refused", $"'{current.Title}' cannot go there: {string.Join("; ", reasons)}.",
                new Dictionary<string, object?> { ["reasons"] = reasons, ["conflicts"] = conflicts });
        }

        plan.Replace(bodyId, moved with { TurnOf = await TurnOfAsync(bodies[bodyId], plan.HostParty, moved, plan.TimeZone, ct) });
    }

    /// <summary>The state whose turn the host would pass over at this meeting (<see cref="HostAndTurn"/>), asked when the plan is accepted.</summary>
    private async Task<string?> TurnOfAsync(Body body, string host, PlannedMeeting meeting, string timeZone, CancellationToken ct) =>
        (await HostAndTurn.AskAsync(chairs, body, host, Meeting.LocalDateOf(meeting.StartUtc, timeZone), ct)).TurnOf;

    private static bool PreparesFor(Body earlier, Body later) => earlier.Id == later.ParentBodyId || earlier.Partner is null;

    private async Task<List<Body>> BodiesInOrderAsync(SummitPlanRequest request, CancellationToken ct)
    {
        var layers = BottomUp.Where(l => request.Layers!.Contains(l)).ToList();
        var ids = new List<Guid>();
        ids.AddRange(layers.Select(l => l switch
        {
            Layer.SeniorOfficials => StandardCatalog.NationalCoordinators,
            Layer.Ministers => StandardCatalog.ForeignMinisters,
            _ => StandardCatalog.Leaders,
        }));
        foreach (var partner in request.Partners ?? [])
        {
            ids.AddRange(layers.Select(l => l switch
            {
                Layer.SeniorOfficials => StandardCatalog.PartnerSeniorOfficials(partner),
                Layer.Ministers => StandardCatalog.PartnerMinisters(partner),
                _ => StandardCatalog.PartnerSummit(partner),
            }));
        }

        var bodies = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var missing = ids.Where(id => !bodies.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "plan.body-missing", "A standard body for the requested layers or partners does not exist.");
        }

        return ids.Select(id => bodies[id]).ToList();
    }

    private async Task<PlannedMeeting> PlaceAsync(Body body, SummitPlanRequest request, string host, string timeZone, TimeZoneInfo zone,
        DateTime earliestUtc, DateTime windowEndUtc, IReadOnlyList<string> parties, CancellationToken ct)
    {
        var length = LengthOf(body);
        var delegations = parties.Select(p => new Delegation(p, "", RankFor(body.Layer), [])).ToList();
        IReadOnlyList<Conflict> lastConflicts = [];
        for (var start = RoundUp(earliestUtc); start + length <= windowEndUtc; start += Step)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(start, zone);
            var localEnd = TimeZoneInfo.ConvertTimeFromUtc(start + length, zone);
            if (TimeOnly.FromDateTime(local) < body.WorkingDayStart)
            {
                start = ToUtc(DateOnly.FromDateTime(local), body.WorkingDayStart, zone) - Step;
                continue;
            }

            if (TimeOnly.FromDateTime(localEnd) > body.WorkingDayEnd || localEnd.Date != local.Date)
            {
                start = ToUtc(DateOnly.FromDateTime(local).AddDays(1), body.WorkingDayStart, zone) - Step;
                continue;
            }

            foreach (var venue in request.Venues!)
            {
                var candidate = new CandidateMeeting(Guid.Empty, body, start, start + length, timeZone, host, request.City!.Trim(), venue.Trim(), delegations);
                lastConflicts = await checker.CheckAsync(candidate, ct);
                if (lastConflicts.Count == 0)
                {
                    return new PlannedMeeting(body.Id, body.Name, body.Layer.ToString(), Meeting.DefaultTitle(body.Name, request.City!.Trim(), local.Year),
                        start, start + length, MeetingResponse.Local(start, timeZone), MeetingResponse.Local(start + length, timeZone), venue.Trim(), parties);
                }

                if (lastConflicts.Any(c => c.Code == "host-public-holiday"))
                {
                    break;
                }
            }
        }

        var why = lastConflicts.Count == 0
            ? "no slot within the window fits its length, working hours and the meetings that must come before it"
            : "every slot left clashes: " + string.Join("; ", lastConflicts.Select(c => c.Message).Distinct().Take(3));
        throw new DomainException(DomainErrorKind.Conflict, "plan.impossible",
            $"Cannot place '{body.Name}' between {request.From:yyyy-MM-dd} and {request.To:yyyy-MM-dd}: {why}.",
            new Dictionary<string, object?> { ["body"] = body.Name, ["conflicts"] = lastConflicts });
    }

    public static string RankFor(Layer layer) => layer switch
    {
        Layer.Leaders => "Head of State",
        Layer.Ministers => "Minister of Foreign Affairs",
        _ => "National Coordinator",
    };

    private static DateTime RoundUp(DateTime utc) => new((utc.Ticks + Step.Ticks - 1) / Step.Ticks * Step.Ticks, DateTimeKind.Utc);

    private static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone);
}
