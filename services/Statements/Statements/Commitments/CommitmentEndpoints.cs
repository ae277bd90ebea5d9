using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
            .WithSummary("The secretariat records a commitment the statement makes: what (English, and Russian in whatRu), which parties, due when; a persistent job marks it overdue then.")
            .WithDescription("Send an Idempotency-Key header (1 to 100 visible ASCII characters, a fresh one per submission) to make a repeat harmless: "
                + "the same key on the same statement returns the commitment the first request recorded (200) and records nothing; "
                + "the same key with a different commitment is refused (409).");
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
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, StatementsDbContext db,
        [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines, TimeProvider clock, CancellationToken ct)
    {
        var key = IdempotencyKeyOf(idempotencyKey);
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
        var what = request.What!.Trim();
        var whatRu = request.WhatRu?.Trim();
        if (key is not null && await RepeatAsync(db, id, key, what, whatRu, parties, due, ct) is { } first)
        {
            return TypedResults.Ok(CommitmentResponse.From(first));
        }

        var commitment = Commitment.Make(statement.Id, what, parties, due, now, user.Actor(), whatRu, key);
        db.Commitments.Add(commitment);
        await CommitmentDueJob.Touch(db, commitment, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // Two submissions with one key at the same instant: the unique index let one in; the other answers with it.
            db.ChangeTracker.Clear();
            var winner = await RepeatAsync(db, id, key, what, whatRu, parties, due, ct);
            if (winner is null)
            {
                throw;
            }

            return TypedResults.Ok(CommitmentResponse.From(winner));
        }

        // After the commit; a crash in between is repaired at the next start (CommitmentDueJob.RestoreMissingAsync).
        await CommitmentDueJob.SetAsync(deadlines, commitment.Id, due, ct);
        return TypedResults.Created($"/api/statements/{id}/commitments", CommitmentResponse.From(commitment));
    }

    /// <summary>The commitment a request with this key already recorded on the statement, if any; the same key for another commitment is refused.</summary>
    private static async Task<Commitment?> RepeatAsync(StatementsDbContext db, Guid statementId, string key, string what, string? whatRu,
        IReadOnlyList<string> parties, DateTime due, CancellationToken ct)
    {
        var first = await db.Commitments.AsNoTracking().SingleOrDefaultAsync(c => c.StatementId == statementId && c.IdempotencyKey == key, ct);
        if (first is not null && !first.SameAs(what, whatRu, parties, due))
        {
            throw new DomainException(DomainErrorKind.Conflict, "idempotency-key.reused",
                "This Idempotency-Key already recorded another commitment on this statement; send a fresh key for a new one.",
                new Dictionary<string, object?> { ["commitmentId"] = first.Id });
        }

        return first;
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
