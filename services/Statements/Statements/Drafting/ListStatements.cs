using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.Statements.Drafting;

/// <summary>What <c>GET /api/statements</c> filters by, bound from the query string.</summary>
public sealed record StatementListQuery(
    [FromQuery(Name = "status")] StatementStatus? Status = null,
    [FromQuery(Name = "kind")] StatementKind? Kind = null,
    [FromQuery(Name = "meetingId")] Guid? MeetingId = null,
    [FromQuery(Name = "page")] int? Page = null,
    [FromQuery(Name = "pageSize")] int? PageSize = null);

public sealed record ListStatements(StatementListQuery Query, ClaimsPrincipal User);

/// <summary>Statements newest first, one page at a time: all of them for the secretariat, those of the meetings it sits in for a delegation.</summary>
public sealed class ListStatementsHandler(StatementsDbContext db) : IHandler<ListStatements, StatementListPage>
{
    public async Task<StatementListPage> HandleAsync(ListStatements request, CancellationToken cancellationToken)
    {
        var (filter, user) = (request.Query, request.User);
        var paging = new Paging(filter.Page ?? 1, filter.PageSize ?? 50).Require(200, "statements.paging");
        var query = from s in db.Statements.AsNoTracking().IgnoreAutoIncludes()
                    join m in db.Meetings.AsNoTracking() on s.MeetingId equals m.Id
                    where (filter.Status == null || s.Status == filter.Status) && (filter.Kind == null || s.Kind == filter.Kind)
                        && (filter.MeetingId == null || s.MeetingId == filter.MeetingId)
                    orderby s.CreatedUtc descending
                    select new { s.Id, s.MeetingId, s.Kind, s.Title, s.TitleRu, s.Status, s.Slug, s.CreatedUtc, MeetingTitle = m.Title, m.Parties };
        if (user.IsSecretariat())
        {
            var page = await query.Page(paging).ToListAsync(cancellationToken);
            return new StatementListPage(paging.Number, paging.Size, await query.CountAsync(cancellationToken),
                page.Select(x => new StatementListItem(x.Id, x.MeetingId, x.MeetingTitle, x.Kind, x.Title, x.Status, x.Slug, x.CreatedUtc, x.TitleRu)).ToList());
        }

        // Who sits in a meeting is a JSON list: a delegation's seats are checked here, after the indexed filters.
        var visible = (await query.ToListAsync(cancellationToken)).Where(x => user.MaySeeMeeting(x.Parties.Contains)).ToList();
        return new StatementListPage(paging.Number, paging.Size, visible.Count, visible.Page(paging)
            .Select(x => new StatementListItem(x.Id, x.MeetingId, x.MeetingTitle, x.Kind, x.Title, x.Status, x.Slug, x.CreatedUtc, x.TitleRu)).ToList());
    }
}
