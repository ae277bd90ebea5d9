using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.Statements.Commitments;

public static class CommitmentEndpoints
{
    public static IEndpointRouteBuilder MapCommitmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statements/{id:guid}/commitments", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                await VisibleStatementAsync(db, id, user, ct);
                var commitments = await db.Commitments.AsNoTracking().Where(c => c.StatementId == id).OrderBy(c => c.DueUtc).ToListAsync(ct);
                return TypedResults.Ok(commitments.Select(CommitmentResponse.From).ToList());
            })
            .RequireAuthorization(Policies.Participant).WithTags("Commitments").WithSummary("A statement's commitments with their status history.");
        app.MapPost("/api/statements/{id:guid}/commitments", AddAsync).Validate<CommitmentRequest>()
            .RequireAuthorization(Policies.Secretariat).WithTags("Commitments")
            .WithSummary("The secretariat records a commitment the statement makes: what (English, and Russian in whatRu), which parties, due when; a persistent job marks it overdue then.")
            .WithDescription("Send an Idempotency-Key header (1 to 100 visible ASCII characters, a fresh one per submission) to make a repeat harmless: "
                + "the same key on the same statement returns the commitment the first request recorded (200) and records nothing; "
                + "the same key with a different commitment is refused (409).");
        app.MapPut("/api/commitments/{id:guid}/status", ReportAsync).Validate<CommitmentStatusRequest>()
            .RequireAuthorization(Policies.Secretariat).WithTags("Commitments")
            .WithSummary("The secretariat reports progress (NotStarted, InProgress, Done) with an evidence note or link.");
        return app;
    }

    internal static async Task<Statement> VisibleStatementAsync(StatementsDbContext db, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("Statement", id);
        StatementAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == statement.MeetingId, ct), "Statement", id);
        return statement;
    }

    /// <summary>The longest <c>Idempotency-Key</c> taken (a UUID is 36).</summary>
    public const int MaxIdempotencyKey = 100;

    private static string? IdempotencyKeyOf(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var key = header.Trim();
        if (key.Length is 0 or > MaxIdempotencyKey || key.Any(c => c is < '!' or > '~'))
        {
            throw new DomainException(DomainErrorKind.Invalid, "idempotency-key.invalid",
                $"Idempotency-Key is 1 to {MaxIdempotencyKey} visible ASCII characters.");
        }

        return key;
    }

    private static async Task<Results<Created<CommitmentResponse>, Ok<CommitmentResponse>>> AddAsync(Guid id, CommitmentRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, AddCommitmentHandler handler, CancellationToken ct)
    {
        var (commitment, repeated) = await handler.HandleAsync(new AddCommitment(id, request, IdempotencyKeyOf(idempotencyKey), user), ct);
        return repeated
            ? TypedResults.Ok(CommitmentResponse.From(commitment))
            : TypedResults.Created($"/api/statements/{id}/commitments", CommitmentResponse.From(commitment));
    }


    private static async Task<Ok<CommitmentResponse>> ReportAsync(Guid id, CommitmentStatusRequest request, ClaimsPrincipal user, StatementsDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("Commitment", id);
        var now = clock.GetUtcNow().UtcDateTime;
        commitment.Report(request.Status!.Value, request.Evidence!.Trim(), now, user.Actor());
        await CommitmentDueJob.Touch(db, commitment, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommitmentResponse.From(commitment));
    }
}
