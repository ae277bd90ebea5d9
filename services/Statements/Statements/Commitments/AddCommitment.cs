namespace SummitCoordination.Statements.Commitments;

/// <summary>
/// The secretariat records a commitment a statement makes (<c>POST /api/statements/{id}/commitments</c>); an
/// <c>Idempotency-Key</c> (already checked) makes a repeat answer with the commitment it recorded.
/// </summary>
public sealed record AddCommitment(Guid StatementId, CommitmentRequest Request, string? IdempotencyKey, ClaimsPrincipal User);

/// <summary>
/// Records the commitment of the parties the statement can commit (its signatories once adopted, before that the parties
/// to its meeting), and its persistent due job after the commit. Answers the commitment and whether it was a repeat.
/// </summary>
public sealed class AddCommitmentHandler(StatementsDbContext db, TimeProvider clock, [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines)
    : IHandler<AddCommitment, (Commitment Commitment, bool Repeated)>
{
    public async Task<(Commitment Commitment, bool Repeated)> HandleAsync(AddCommitment request, CancellationToken cancellationToken)
    {
        var (ask, key) = (request.Request, request.IdempotencyKey);
        var statement = await CommitmentEndpoints.VisibleStatementAsync(db, request.StatementId, request.User, cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == statement.MeetingId, cancellationToken);
        // Who can be committed: the signatories once adopted; before that, the parties to the meeting.
        var eligible = statement.AdoptedVersion is null ? meeting.Parties : statement.Signatories;
        var parties = ask.Parties!.Select(p => p.Trim().ToUpperInvariant()).ToList();
        var outside = parties.Where(p => !eligible.Contains(p)).ToList();
        if (outside.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "commitment.not-a-party",
                $"{string.Join(", ", outside)} {(statement.AdoptedVersion is null ? "does not sit in the meeting" : "did not sign the statement")}.",
                new Dictionary<string, object?> { ["eligible"] = eligible });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var commitment = Commitment.Make(statement.Id, ask.What!.Trim(), parties, DateTime.SpecifyKind(ask.DueUtc!.Value.ToUniversalTime(), DateTimeKind.Utc),
            now, request.User.Actor(), ask.WhatRu?.Trim(), key);
        if (key is not null && await RepeatAsync(commitment, cancellationToken) is { } first)
        {
            return (first, true);
        }

        db.Commitments.Add(commitment);
        await CommitmentDueJob.Touch(db, commitment, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // Two submissions with one key at the same instant: the unique index let one in; the other answers with it.
            db.ChangeTracker.Clear();
            var winner = await RepeatAsync(commitment, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return (winner, true);
        }

        // After the commit; a crash in between is repaired at the next start (CommitmentDueJob.RestoreMissingAsync).
        await CommitmentDueJob.SetAsync(deadlines, commitment.Id, commitment.DueUtc, cancellationToken);
        return (commitment, false);
    }

    /// <summary>The commitment a request with this key already recorded on the statement, if any; the same key for another commitment is refused.</summary>
    private async Task<Commitment?> RepeatAsync(Commitment asked, CancellationToken cancellationToken)
    {
        var first = await db.Commitments.AsNoTracking()
            .SingleOrDefaultAsync(c => c.StatementId == asked.StatementId && c.IdempotencyKey == asked.IdempotencyKey, cancellationToken);
        if (first is not null && !first.SameAs(asked.What, asked.WhatRu, asked.Parties, asked.DueUtc))
        {
            throw new DomainException(DomainErrorKind.Conflict, "idempotency-key.reused",
                "This Idempotency-Key already recorded another commitment on this statement; send a fresh key for a new one.",
                new Dictionary<string, object?> { ["commitmentId"] = first.Id });
        }

        return first;
    }
}
