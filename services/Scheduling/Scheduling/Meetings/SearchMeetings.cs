using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.Scheduling.Meetings;

/// <summary>What <c>GET /api/meetings</c> filters by, bound from the query string; empty filters do not narrow it.</summary>
public sealed record MeetingSearch
{
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }

    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }

    [FromQuery(Name = "bodyId")] public Guid? BodyId { get; init; }

    [FromQuery(Name = "track")] public Track? Track { get; init; }

    [FromQuery(Name = "layer")] public Layer? Layer { get; init; }

    [FromQuery(Name = "party")] public string? Party { get; init; }

    [FromQuery(Name = "status")] public MeetingStatus? Status { get; init; }

    [FromQuery(Name = "page"), DefaultValue(1)] public int? Page { get; init; }

    [FromQuery(Name = "pageSize"), DefaultValue(50)] public int? PageSize { get; init; }
}

/// <summary>A search made by a caller: a delegation sees only the meetings it sits in, whatever party it names.</summary>
public sealed record SearchMeetings(MeetingSearch Search, ClaimsPrincipal User);

/// <summary>Meetings by date range, body, track, layer, party and status, in start order, one page at a time.</summary>
public sealed class SearchMeetingsHandler(SchedulingDbContext db) : IHandler<SearchMeetings, Paged<MeetingResponse>>
{
    public const int MaxPageSize = 200;

    public async Task<Paged<MeetingResponse>> HandleAsync(SearchMeetings request, CancellationToken cancellationToken)
    {
        var search = request.Search;
        var paging = new Paging(search.Page ?? 1, search.PageSize ?? 50).Require(MaxPageSize, "query.paging");
        DomainException.RequireYear("from", search.From?.UtcDateTime.Year);
        DomainException.RequireYear("to", search.To?.UtcDateTime.Year);
        var party = request.User.IsSecretariat() ? search.Party : request.User.PartyCode();
        var query = Filtered(search with { Party = party });
        var total = await query.CountAsync(cancellationToken);
        var meetings = await query.OrderBy(m => m.StartUtc).Page(paging).ToListAsync(cancellationToken);
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var byId = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return new Paged<MeetingResponse>(meetings.Select(m => MeetingResponse.From(m, byId[m.BodyId])).ToList(), paging.Number, paging.Size, total);
    }

    private IQueryable<Meeting> Filtered(MeetingSearch search)
    {
        var query = db.Meetings.AsNoTracking();
        if (search.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            query = query.Where(m => m.EndUtc >= fromUtc);
        }

        if (search.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            query = query.Where(m => m.StartUtc <= toUtc);
        }

        if (search.BodyId is { } bodyId)
        {
            query = query.Where(m => m.BodyId == bodyId);
        }

        if (search.Track is { } track)
        {
            query = query.Where(m => db.Bodies.Where(b => b.Track == track).Select(b => b.Id).Contains(m.BodyId));
        }

        if (search.Layer is { } layer)
        {
            query = query.Where(m => db.Bodies.Where(b => b.Layer == layer).Select(b => b.Id).Contains(m.BodyId));
        }

        if (search.Party is { } party)
        {
            query = query.Where(m => m.Delegations.Any(d => d.Party == party) || m.Observers.Contains(party));
        }

        return search.Status is { } status ? query.Where(m => m.Status == status) : query;
    }
}
