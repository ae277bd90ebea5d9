namespace SummitCoordination.Scheduling.Mail;

/// <summary>What an unsubscribe link names: the person (by name), and the kind of notice (null: every kind).</summary>
public sealed record UnsubscribeResponse(string Name, string Email, string Language, NotificationKind? Kind, bool Done);

/// <summary>One mail of the outbox as the operations page shows it (no body: the list says what happened, not what was written).</summary>
public sealed record QueuedMailResponse(Guid Id, string To, string Subject, int Notices, MailStatus Status, int Attempts, DateTime CreatedUtc,
    DateTime NextAttemptUtc, DateTime? SentUtc, string? LastError)
{
    public static QueuedMailResponse Of(QueuedMail m) => new(m.Id, m.To, m.Subject, m.Notices, m.Status, m.Attempts, m.CreatedUtc, m.NextAttemptUtc, m.SentUtc, m.LastError);
}

public sealed record MailOutboxResponse(int Pending, int Parked, int Sent, IReadOnlyList<QueuedMailResponse> Mails);

public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail").WithTags("Mail");
        group.MapGet("/unsubscribe", async (string? token, UnsubscribeTokens tokens, SchedulingDbContext db, CancellationToken ct) =>
            {
                var (person, kind) = await ReadAsync(token, tokens, db, ct);
                return TypedResults.Ok(new UnsubscribeResponse(person.Name, person.Email, person.Language, kind, Done: false));
            })
            .AllowAnonymous()
            .WithSummary("Whom and what an unsubscribe link names (no sign-in: the signed token is the proof); 400 mail.bad-token for a token not made here.");
        group.MapPost("/unsubscribe", async (string? token, UnsubscribeTokens tokens, SchedulingDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var (person, kind) = await ReadAsync(token, tokens, db, ct);
                person.Unsubscribe(kind, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(new UnsubscribeResponse(person.Name, person.Email, person.Language, kind, Done: true));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithSummary("Unsubscribes (the kind the token names, or every kind: Never); also the one-click List-Unsubscribe-Post of RFC 8058. No sign-in.");
        group.MapGet("/outbox", async (SchedulingDbContext db, CancellationToken ct, MailStatus? status = null, int take = 50) =>
            {
                var counts = await db.QueuedMails.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                var query = db.QueuedMails.AsNoTracking();
                if (status is not null)
                {
                    query = query.Where(m => m.Status == status);
                }

                var mails = await query.OrderByDescending(m => m.CreatedUtc).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
                int Count(MailStatus s) => counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0;
                return TypedResults.Ok(new MailOutboxResponse(Count(MailStatus.Pending), Count(MailStatus.Parked), Count(MailStatus.Sent),
                    mails.Select(QueuedMailResponse.Of).ToList()));
            })
            .RequireAuthorization(Policies.Secretariat)
            .WithTags("Operations")
            .WithSummary("The mail outbox: how many mails wait, were parked after their last try, were sent; the newest (status: only those).");
        group.MapPost("/outbox/{id:guid}/retry", async (Guid id, SchedulingDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var mail = await db.QueuedMails.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw DomainException.NotFound("Mail", id);
                mail.Retry(clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(QueuedMailResponse.Of(mail));
            })
            .RequireAuthorization(Policies.Secretariat)
            .WithTags("Operations")
            .WithSummary("Sends a parked mail again (409 mail.not-parked for any other).");
        return app;
    }

    private static async Task<(Person Person, NotificationKind? Kind)> ReadAsync(string? token, UnsubscribeTokens tokens, SchedulingDbContext db, CancellationToken ct)
    {
        if (!tokens.TryRead(token, out var personId, out var kind))
        {
            throw new DomainException(DomainErrorKind.Invalid, "mail.bad-token", "This unsubscribe link is not valid (copy the whole link from the mail).",
                new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["token"] = ["Not a link this service made."] } });
        }

        // A person removed since: nothing left to unsubscribe, and nobody to name.
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw DomainException.NotFound("Person", personId);
        return (person, kind);
    }
}
