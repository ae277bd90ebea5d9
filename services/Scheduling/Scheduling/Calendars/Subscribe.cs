namespace SummitCoordination.Scheduling.Calendars;

/// <summary>A private feed address asked for a calendar (<c>POST /api/calendar-subscriptions</c>), from the address the request came to.</summary>
public sealed record Subscribe(SubscriptionRequest Request, ClaimsPrincipal User, HttpRequest Origin);

/// <summary>Makes the feed, only for a calendar the caller may read now (the same checks as reading it: 403 / 404 otherwise); the secret is shown once.</summary>
public sealed class SubscribeHandler(SchedulingDbContext db, CalendarFeeds feeds, TimeProvider clock, IConfiguration configuration)
    : IHandler<Subscribe, (CalendarSubscription Subscription, string Url)>
{
    public async Task<(CalendarSubscription Subscription, string Url)> HandleAsync(Subscribe request, CancellationToken cancellationToken)
    {
        var ask = request.Request;
        var target = ask.Feed == CalendarFeedKind.Party ? ask.Target!.ToUpperInvariant() : Guid.Parse(ask.Target!).ToString();
        await feeds.ReadAsync(request.User, ask.Feed!.Value, target, cancellationToken);
        var (subscription, token) = CalendarSubscription.Create(request.User, ask.Feed.Value, target, clock.GetUtcNow().UtcDateTime);
        db.CalendarSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return (subscription, $"{BaseUrl(request.Origin)}/calendars/{token}.ics");
    }

    /// <summary><c>Calendars:PublicBaseUrl</c> when set, else the address the request came to (the gateway's, <see cref="BuildingBlocks.Hosting.ForwardedRequests"/>).</summary>
    private string BaseUrl(HttpRequest origin)
    {
        var configured = configuration["Calendars:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        return $"{origin.Scheme}://{origin.Host.Value}";
    }
}

/// <summary>A private feed read by its secret address (<c>GET /calendars/{token}.ics</c>), with no bearer header.</summary>
public sealed record ReadPrivateFeed(string Token, HttpContext Http);

/// <summary>
/// Reads the feed with its maker's rights as they are now. A guessed secret counts as a failed sign-in, so guessing is
/// rate-limited with them (a real secret never is).
/// </summary>
public sealed class ReadPrivateFeedHandler(SchedulingDbContext db, CalendarFeeds feeds, TimeProvider clock, FailedSignIns failures, RateLimitSettings limits)
    : IHandler<ReadPrivateFeed, IResult>
{
    public async Task<IResult> HandleAsync(ReadPrivateFeed request, CancellationToken cancellationToken)
    {
        var (token, http) = (request.Token, request.Http);
        if (failures.Exhausted(token))
        {
            await RateLimitExtensions.WriteTooManyAsync(http, limits.FailedAuthentication.Window, "This address has been tried too often.");
            return Results.Empty;
        }

        var hash = CalendarSubscription.Hash(token);
        var subscription = await db.CalendarSubscriptions.SingleOrDefaultAsync(s => s.TokenHash == hash && s.RevokedUtc == null, cancellationToken);
        if (subscription is null)
        {
            if (!failures.Record(http.ClientAddress(), token))
            {
                await RateLimitExtensions.WriteTooManyAsync(http, limits.FailedAuthentication.Window, "Too many unknown calendar addresses tried from this address.");
                return Results.Empty;
            }

            throw new DomainException(DomainErrorKind.NotFound, "calendar-subscription.not-found", "No calendar is at this address (unknown or revoked).");
        }

        var feed = await feeds.ReadAsync(subscription.Reader(), subscription.Feed, subscription.Target, cancellationToken);
        subscription.Read(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.CacheControl = "private, no-store";
        return feed;
    }
}
