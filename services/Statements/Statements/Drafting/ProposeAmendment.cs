namespace SummitCoordination.Statements.Drafting;

/// <summary>A delegation of the meeting proposes a change against a version (<c>POST /api/statements/{id}/amendments</c>).</summary>
public sealed record ProposeAmendment(Guid StatementId, AmendmentRequest Request, ClaimsPrincipal User);

/// <summary>Records the amendment for the caller's own state and tells the pen holder (AmendmentProposed, through the outbox).</summary>
public sealed class ProposeAmendmentHandler(StatementsDbContext db, TimeProvider clock) : IHandler<ProposeAmendment, AmendmentResponse>
{
    public async Task<AmendmentResponse> HandleAsync(ProposeAmendment proposal, CancellationToken cancellationToken)
    {
        var (request, user) = (proposal.Request, proposal.User);
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, proposal.StatementId, user, cancellationToken, tracked: false);
        var party = StatementAccess.AmendingParty(user, meeting);
        var now = clock.GetUtcNow().UtcDateTime;
        var amendment = Amendment.Propose(statement, request.Version!.Value, party, request.English, request.Russian, request.Explanation!, now, user.Actor(),
            request.ParagraphId, request.Span is { } span ? p => Bracket.Span(p, span.Language!.Value, span.Start, span.Length, span.Text) : null);
        db.Amendments.Add(amendment);
        db.Raise(new AmendmentProposed(statement.Id, amendment.Id, statement.MeetingId, statement.Title, party, amendment.AgainstVersion, amendment.Explanation, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return AmendmentResponse.From(amendment);
    }
}
