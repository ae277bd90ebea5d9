namespace SummitCoordination.Statements.Drafting;

/// <summary>The secretariat, holding the pen, issues a revised text against the latest version (<c>POST /api/statements/{id}/versions</c>).</summary>
public sealed record ReviseStatement(Guid StatementId, ReviseRequest Request, ClaimsPrincipal User);

public sealed class ReviseStatementHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<ReviseStatement, VersionResponse>
{
    public async Task<VersionResponse> HandleAsync(ReviseStatement request, CancellationToken cancellationToken)
    {
        var (user, ask) = (request.User, request.Request);
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, user,
            "revise the text directly (delegations propose amendments)", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = statement.Revise(ask.BasedOn!.Value, ask.English!, ask.Russian, null, now, user.Actor());
        ParagraphNews.Readiness(db, statement, now);
        await db.SaveChangesAsync(cancellationToken);
        return VersionResponse.From(version);
    }
}

/// <summary>The secretariat answers an amendment: accepted (a new version), or rejected with a reason (<c>.../accept</c>, <c>.../reject</c>).</summary>
public sealed record AnswerAmendment(Guid StatementId, Guid AmendmentId, string? RejectedBecause, ClaimsPrincipal User)
{
    public bool Accepted => RejectedBecause is null;
}

/// <summary>Answers the amendment against the statement's text and tells its proposer (AmendmentAnswered, through the outbox).</summary>
public sealed class AnswerAmendmentHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<AnswerAmendment, AmendmentResponse>
{
    public async Task<AmendmentResponse> HandleAsync(AnswerAmendment request, CancellationToken cancellationToken)
    {
        var user = request.User;
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, user,
            request.Accepted ? "accept an amendment" : "reject an amendment", cancellationToken);
        var amendment = await StatementEndpoints.LoadAmendmentAsync(db, request.StatementId, request.AmendmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.RejectedBecause is { } reason)
        {
            amendment.Reject(statement, reason, now, user.Actor());
        }
        else
        {
            amendment.Accept(statement, now, user.Actor());
            ParagraphNews.Readiness(db, statement, now);
        }

        db.Raise(StatementEndpoints.Answered(statement, amendment, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return AmendmentResponse.From(amendment);
    }
}

/// <summary>
/// When the joint text was blocked, or its meeting concluded without it, the chair (or the secretariat for the chair)
/// issues a chairman's statement (<c>POST /api/statements/{id}/chairmans-statement</c>).
/// </summary>
public sealed record IssueChairmansStatement(Guid FailedStatementId, ChairmansStatementRequest Request, ClaimsPrincipal User);

public sealed class IssueChairmansStatementHandler(StatementsDbContext db, IAuthorizationService authorization, Publisher publisher, TimeProvider clock)
    : IHandler<IssueChairmansStatement, StatementResponse>
{
    public async Task<StatementResponse> HandleAsync(IssueChairmansStatement request, CancellationToken cancellationToken)
    {
        var (user, ask) = (request.User, request.Request);
        var (failed, draftMeeting) = await StatementEndpoints.LoadVisibleAsync(db, request.FailedStatementId, user, cancellationToken);
        // Issued for the meeting where the text failed: where its item was blocked, else the meeting it was drafted for.
        var meetingId = failed.BlockedAtMeetingId ?? failed.MeetingId;
        var meeting = meetingId == draftMeeting.Id ? draftMeeting : await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, cancellationToken);
        await StatementAccess.RequireChairOrSecretariatAsync(authorization, user, meeting);
        var now = clock.GetUtcNow().UtcDateTime;
        var title = string.IsNullOrWhiteSpace(ask.Title) ? $"Chairman's statement: {meeting.Title}" : ask.Title.Trim();
        var statement = Statement.IssueChairmans(failed, meeting.Id, meeting.Chair, title, ask.English!, ask.Russian, now, user.Actor(), ask.TitleRu);
        if (ask.FromVersion is { } from)
        {
            // Issue 22, point 6: its record says which paragraphs of which version of the failed text it was built from.
            var source = failed.VersionAt(from);
            var paragraphs = (ask.Paragraphs ?? failed.AgreedParagraphs(source).Select(p => p.Id).ToList()).Distinct().ToList();
            paragraphs.ForEach(id => source.ParagraphOf(id));
            statement.CameFrom(from, paragraphs);
        }

        db.Statements.Add(statement);
        await publisher.ReleaseIfDueAsync(statement, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return StatementResponse.From(statement);
    }
}

/// <summary>The secretariat sets the statement's release time, in place of its meeting's conclusion (<c>PUT /api/statements/{id}/embargo</c>).</summary>
public sealed record SetEmbargo(Guid StatementId, DateTime ReleaseUtc, ClaimsPrincipal User);

/// <summary>
/// Sets the embargo; a text adopted whose time has come is published at once, one not yet adopted gets its persistent
/// release job now (it publishes only once the text is adopted; adoption after the embargo publishes at once).
/// </summary>
public sealed class SetEmbargoHandler(StatementsDbContext db, IAuthorizationService authorization, Publisher publisher, TimeProvider clock,
    [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines) : IHandler<SetEmbargo, StatementResponse>
{
    public async Task<StatementResponse> HandleAsync(SetEmbargo request, CancellationToken cancellationToken)
    {
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, request.User,
            "set an embargo", cancellationToken);
        statement.SetEmbargo(request.ReleaseUtc);
        await publisher.ReleaseIfDueAsync(statement, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (statement.Status == StatementStatus.Drafting)
        {
            db.AfterCommit(token => EmbargoJob.SetAsync(deadlines, statement.Id, request.ReleaseUtc, token));
        }

        await db.SaveChangesAsync(cancellationToken);
        return StatementResponse.From(statement);
    }
}
