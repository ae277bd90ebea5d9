using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Scheduling.Calendars;

public sealed record SubscriptionRequest(CalendarFeedKind? Feed, string? Target);

/// <summary>A private feed: <c>Url</c> and <c>Webcal</c> carry the secret, and are shown only in the reply that creates it.</summary>
public sealed record SubscriptionResponse(Guid Id, CalendarFeedKind Feed, string Target, DateTime CreatedUtc, DateTime? RevokedUtc, DateTime? LastReadUtc,
    string? Url = null, string? Webcal = null)
{
    public static SubscriptionResponse From(CalendarSubscription s, string? url = null) =>
        new(s.Id, s.Feed, s.Target, s.CreatedUtc, s.RevokedUtc, s.LastReadUtc, url,
            url is null ? null : "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..]);
}

public sealed class SubscriptionRequestValidator : AbstractValidator<SubscriptionRequest>
{
    public SubscriptionRequestValidator()
    {
        RuleFor(r => r.Feed).NotNull().IsInEnum();
        RuleFor(r => r.Target).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Target).Must(t => Guid.TryParse(t, out _)).When(r => r.Feed is CalendarFeedKind.Body or CalendarFeedKind.Meeting && r.Target is not null)
            .WithMessage("A body or meeting feed names the body's or meeting's id.");
        RuleFor(r => r.Target).Matches(PartyCodes.Pattern).When(r => r.Feed == CalendarFeedKind.Party && r.Target is not null)
            .WithMessage("A party feed names the party's code, e.g. KAZ.");
    }
}

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/calendar.ics", (Guid id, ClaimsPrincipal user, CalendarFeeds feeds, CancellationToken ct) =>
                feeds.ReadAsync(user, CalendarFeedKind.Meeting, id.ToString(), ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("One meeting as iCalendar.");
        app.MapGet("/api/parties/{code}/calendar.ics", (string code, ClaimsPrincipal user, CalendarFeeds feeds, CancellationToken ct) =>
                feeds.ReadAsync(user, CalendarFeedKind.Party, code, ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant)
            .AccessRule("own state: the party's own delegation, or the secretariat (OwnStateHandler)")
            .WithTags("Calendars").WithSummary("Every meeting a party sits in, as iCalendar.");
        app.MapGet("/api/bodies/{id:guid}/calendar.ics", (Guid id, ClaimsPrincipal user, CalendarFeeds feeds, CancellationToken ct) =>
                feeds.ReadAsync(user, CalendarFeedKind.Body, id.ToString(), ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("A body's meetings as iCalendar (a delegation: those it sits in).");

        app.MapGet("/public/calendar.ics", (CalendarFeeds feeds, CancellationToken ct) => feeds.PublicAsync(ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).AllowAnonymous().WithTags("Public").WithSummary("The public calendar: announced meetings only, as iCalendar.");

        var subscriptions = app.MapGroup("/api/calendar-subscriptions").WithTags("Calendars").RequireAuthorization(Policies.Participant);
        subscriptions.MapPost("/", SubscribeAsync).Validate<SubscriptionRequest>()
            .WithSummary("Makes a private feed address (webcal) for a calendar the caller may read; the secret is shown once.");
        subscriptions.MapGet("/", async (ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
            {
                var query = db.CalendarSubscriptions.AsNoTracking();
                var mine = user.IsSecretariat() ? query : query.Where(s => s.Owner == user.Actor() && s.Party == user.PartyCode());
                var list = await mine.OrderBy(s => s.CreatedUtc).ToListAsync(ct);
                return TypedResults.Ok(list.Select(s => SubscriptionResponse.From(s)).ToList());
            })
            .WithSummary("The caller's private feeds (the secretariat: everyone's), without their secrets.");
        subscriptions.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var subscription = await db.CalendarSubscriptions.SingleOrDefaultAsync(s => s.Id == id, ct);
                if (subscription is null || !(user.IsSecretariat() || subscription.IsOwnedBy(user)))
                {
                    throw DomainException.NotFound("Subscription", id);
                }

                subscription.Revoke(clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revokes a private feed: its address answers 404 from now on.");

        app.MapGet("/calendars/{token}.ics", (string token, HttpContext http, ReadPrivateFeedHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new ReadPrivateFeed(token, http), ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).AllowAnonymous().WithTags("Calendars")
            .WithSummary("A private feed by its secret address, read with its maker's rights as they are now; no bearer header needed.");
        return app;
    }

    private static async Task<Created<SubscriptionResponse>> SubscribeAsync(SubscriptionRequest request, ClaimsPrincipal user, HttpContext http,
        SubscribeHandler handler, CancellationToken ct)
    {
        var (subscription, url) = await handler.HandleAsync(new Subscribe(request, user, http.Request), ct);
        return TypedResults.Created($"/api/calendar-subscriptions/{subscription.Id}", SubscriptionResponse.From(subscription, url));
    }
}
