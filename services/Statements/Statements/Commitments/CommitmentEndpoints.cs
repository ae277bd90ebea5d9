using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Persistence;

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
            .WithSummary("The secretariat records a commitment the statement makes: what, which parties, due when; a persistent job marks it overdue then.");
        app.MapPut("/api/commitments/{id:guid}/status", ReportAsync).Validate<CommitmentStatusRequest>()
            .RequireAuthorization(Policies.Secretariat).WithTags("Commitments")
            .WithSummary("The secretariat reports progress (NotStarted, InProgress, Done) with an evidence note or link.");
        return app;
    }

    private static async Task<Statement> VisibleStatementAsync(StatementsDbContext db, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("Statement", id);
        StatementAccess.Visible(user, await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == statement.MeetingId, ct), "Statement", id);
        return statement;
    }

    private static async Task<Created<CommitmentResponse>> AddAsync(Guid id, CommitmentRequest request, ClaimsPrincipal user, StatementsDbContext db,
        [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines, TimeProvider clock, CancellationToken ct)
    {
        var statement = await VisibleStatementAsync(db, id, user, ct);
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == statement.MeetingId, ct);
        // Who can be committed: the signatories once adopted; before that, the parties to the meeting.
        var eligible = statement.AdoptedVersion is null ? meeting.Parties : statement.Signatories;
        var parties = request.Parties!.Select(p => p.Trim().ToUpperInvariant()).ToList();
        var outside = parties.Where(p => !eligible.Contains(p)).ToList();
        if (outside.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "commitment.not-a-party",
                $"{string.Join(", ", outside)} {(statement.AdoptedVersion is null ? "does not sit in the meeting" : "did not sign the statement")}.",
                new Dictionary<string, object?> { ["eligible"] = eligible });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var due = DateTime.SpecifyKind(request.DueUtc!.Value.ToUniversalTime(), DateTimeKind.Utc);
        var commitment = Commitment.Make(statement.Id, request.What!.Trim(), parties, due, now, user.Actor());
        db.Commitments.Add(commitment);
        await CommitmentDueJob.Touch(db, commitment, now, ct);
        await db.SaveChangesAsync(ct);
        // After the commit; a crash in between is repaired at the next start (CommitmentDueJob.RestoreMissingAsync).
        await CommitmentDueJob.SetAsync(deadlines, commitment.Id, due, ct);
        return TypedResults.Created($"/api/statements/{id}/commitments", CommitmentResponse.From(commitment));
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
