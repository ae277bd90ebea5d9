namespace SummitCoordination.Statements.Drafting;

/// <summary>A draft for a meeting the caller sees: version 1, optionally adopting an agenda item or correcting a published text (<c>POST /api/statements</c>).</summary>
public sealed record DraftStatement(DraftStatementRequest Request, ClaimsPrincipal User);

public sealed class DraftStatementHandler(StatementsDbContext db, TimeProvider clock) : IHandler<DraftStatement, StatementResponse>
{
    public async Task<StatementResponse> HandleAsync(DraftStatement draft, CancellationToken cancellationToken)
    {
        var (request, user) = (draft.Request, draft.User);
        var meetingId = request.MeetingId!.Value;
        var meeting = StatementAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken), "Meeting", meetingId);
        if (request.CorrectsId is { } correctsId
            && await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == correctsId, cancellationToken) is not { Status: StatementStatus.Published })
        {
            throw new DomainException(DomainErrorKind.Invalid, "statement.corrects-unpublished",
                "A corrigendum corrects a published statement; an unpublished one is simply amended.");
        }

        if (request.ItemId is { } itemId && await db.Statements.AnyAsync(s => s.ItemId == itemId, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.item-taken", "That agenda item already adopts another statement.");
        }

        var statement = Statement.Draft(meeting.Id, request.Kind!.Value, request.Title!.Trim(), request.English!, request.Russian, request.ItemId,
            request.CorrectsId, clock.GetUtcNow().UtcDateTime, user.Actor(), request.TitleRu);
        db.Statements.Add(statement);
        ParagraphNews.Readiness(db, statement, statement.CreatedUtc);
        await db.SaveChangesAsync(cancellationToken);
        return StatementResponse.From(statement);
    }
}
