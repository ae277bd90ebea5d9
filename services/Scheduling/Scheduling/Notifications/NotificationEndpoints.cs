namespace SummitCoordination.Scheduling.Notifications;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", async (ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct, DateTimeOffset? since = null, int take = 100) =>
            {
                DomainException.RequireYear("since", since?.UtcDateTime.Year);
                var party = user.IsSecretariat() ? Inbox.Secretariat : user.PartyCode();
                var query = db.Notifications.AsNoTracking().Where(n => n.Party == party);
                if (since is not null)
                {
                    var after = since.Value.UtcDateTime;
                    query = query.Where(n => n.CreatedUtc > after);
                }

                var items = await query.OrderByDescending(n => n.CreatedUtc).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
                return TypedResults.Ok(items.Select(NotificationResponse.Of).ToList());
            })
            .RequireAuthorization(Policies.Participant)
            .WithTags("Notifications")
            .WithSummary("The caller's inbox, newest first (since: only what came after). A delegation: reminders, deadlines, changes to its meetings, instruments. The secretariat: items decided, silences broken, deadlines approaching.");
        return app;
    }
}

/// <summary>
/// One inbox message: the English sentence (for API clients), and its code with arguments, from which a page writes it in
/// its reader's language (no code: a sentence no template matches; show the sentence).
/// </summary>
public sealed record NotificationResponse(Guid Id, string Party, Guid MeetingId, NotificationKind Kind, string Message, DateTime CreatedUtc, string? Code,
    IReadOnlyList<string> Args)
{
    public static NotificationResponse Of(Notification n)
    {
        var (code, args) = NotificationTexts.Read(n.Kind.ToString(), n.Message);
        return new NotificationResponse(n.Id, n.Party, n.MeetingId, n.Kind, n.Message, n.CreatedUtc, code, args);
    }
}
