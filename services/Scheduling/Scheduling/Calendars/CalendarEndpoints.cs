using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Persistence;

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
        app.MapGet("/api/meetings/{id:guid}/calendar.ics", (Guid id, ClaimsPrincipal user, IAuthorizationService authorization, SchedulingDbContext db, CancellationToken ct) =>
                ReadAsync(db, authorization, user, CalendarFeedKind.Meeting, id.ToString(), ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("One meeting as iCalendar.");
        app.MapGet("/api/parties/{code}/calendar.ics", (string code, ClaimsPrincipal user, IAuthorizationService authorization, SchedulingDbContext db, CancellationToken ct) =>
                ReadAsync(db, authorization, user, CalendarFeedKind.Party, code, ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant)
            .AccessRule("own state: the party's own delegation, or the secretariat (OwnStateHandler)")
            .WithTags("Calendars").WithSummary("Every meeting a party sits in, as iCalendar.");
        app.MapGet("/api/bodies/{id:guid}/calendar.ics", (Guid id, ClaimsPrincipal user, IAuthorizationService authorization, SchedulingDbContext db, CancellationToken ct) =>
                ReadAsync(db, authorization, user, CalendarFeedKind.Body, id.ToString(), ct))
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).RequireAuthorization(Policies.Participant).WithTags("Calendars").WithSummary("A body's meetings as iCalendar (a delegation: those it sits in).");

        app.MapGet("/public/calendar.ics", async (SchedulingDbContext db, CancellationToken ct) =>
            {
                var meetings = await db.Meetings.AsNoTracking().Where(m => m.AnnouncedUtc != null).OrderBy(m => m.StartUtc).ToListAsync(ct);
                return await FeedAsync(db, "C5 public calendar", meetings, publicView: true, ct);
            })
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

        app.MapGet("/calendars/{token}.ics", async (string token, HttpContext http, SchedulingDbContext db, TimeProvider clock, FailedSignIns failures,
                RateLimitSettings limits, IAuthorizationService authorization, CancellationToken ct) =>
            {
                if (failures.Exhausted(token))
                {
                    await RateLimitExtensions.WriteTooManyAsync(http, limits.FailedAuthentication.Window, "This address has been tried too often.");
                    return Results.Empty;
                }

                var hash = CalendarSubscription.Hash(token);
                var subscription = await db.CalendarSubscriptions.SingleOrDefaultAsync(s => s.TokenHash == hash && s.RevokedUtc == null, ct);
                if (subscription is null)
                {
                    // A guessed secret counts as a failed sign-in, so guessing is rate-limited with them (a real secret never is).
                    if (!failures.Record(http.ClientAddress(), token))
                    {
                        await RateLimitExtensions.WriteTooManyAsync(http, limits.FailedAuthentication.Window, "Too many unknown calendar addresses tried from this address.");
                        return Results.Empty;
                    }

                    throw new DomainException(DomainErrorKind.NotFound, "calendar-subscription.not-found", "No calendar is at this address (unknown or revoked).");
                }

                var feed = await ReadAsync(db, authorization, subscription.Reader(), subscription.Feed, subscription.Target, ct);
                subscription.Read(clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                http.Response.Headers.CacheControl = "private, no-store";
                return feed;
            })
            .Produces<string>(StatusCodes.Status200OK, CalendarFeed.MediaType).AllowAnonymous().WithTags("Calendars")
            .WithSummary("A private feed by its secret address, read with its maker's rights as they are now; no bearer header needed.");
        return app;
    }

    private static async Task<Created<SubscriptionResponse>> SubscribeAsync(SubscriptionRequest request, ClaimsPrincipal user,
        IAuthorizationService authorization, HttpContext http, SchedulingDbContext db, TimeProvider clock, IConfiguration configuration, CancellationToken ct)
    {
        var target = request.Feed == CalendarFeedKind.Party ? request.Target!.ToUpperInvariant() : Guid.Parse(request.Target!).ToString();
        // Only a calendar the caller may read now: the same checks as reading it (403 / 404 otherwise).
        await ReadAsync(db, authorization, user, request.Feed!.Value, target, ct);
        var (subscription, token) = CalendarSubscription.Create(user, request.Feed.Value, target, clock.GetUtcNow().UtcDateTime);
        db.CalendarSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        var url = $"{BaseUrl(http, configuration)}/calendars/{token}.ics";
        return TypedResults.Created($"/api/calendar-subscriptions/{subscription.Id}", SubscriptionResponse.From(subscription, url));
    }

    /// <summary><c>Calendars:PublicBaseUrl</c> when set (behind a proxy), else the address the request came to.</summary>
    private static string BaseUrl(HttpContext http, IConfiguration configuration)
    {
        var configured = configuration["Calendars:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        var host = http.Request.Headers["X-Forwarded-Host"].FirstOrDefault() ?? http.Request.Host.Value;
        var scheme = http.Request.Headers["X-Forwarded-Proto"].FirstOrDefault() ?? http.Request.Scheme;
        return $"{scheme}://{host}";
    }

    /// <summary>One feed as the reader may see it now; the same rules whether the reader came with a token or a feed secret.</summary>
    private static async Task<IResult> ReadAsync(SchedulingDbContext db, IAuthorizationService authorization, ClaimsPrincipal reader, CalendarFeedKind feed,
        string target, CancellationToken ct)
    {
        switch (feed)
        {
            case CalendarFeedKind.Meeting:
            {
                var meeting = await MeetingEndpoints.LoadVisibleAsync(db, Guid.Parse(target), reader, ct);
                return await FeedAsync(db, meeting.Title, [meeting], publicView: false, ct);
            }

            case CalendarFeedKind.Party:
            {
                await authorization.RequireAsync(reader, new ActingFor(target), OwnStateRequirement.OrSecretariat,
                    () => new DomainException(DomainErrorKind.Forbidden, "calendar.other-party", "A delegation reads its own state's calendar only."));

                var meetings = await db.Meetings.AsNoTracking()
                    .Where(m => m.Delegations.Any(d => d.Party == target) || m.Observers.Contains(target)).OrderBy(m => m.StartUtc).ToListAsync(ct);
                return await FeedAsync(db, $"Meetings of {target}", meetings, publicView: false, ct);
            }

            default:
            {
                var id = Guid.Parse(target);
                var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw DomainException.NotFound("Body", id);
                var meetings = (await db.Meetings.AsNoTracking().Where(m => m.BodyId == id).OrderBy(m => m.StartUtc).ToListAsync(ct))
                    .Where(m => reader.MaySeeMeeting(m.Seats));
                return await FeedAsync(db, body.Name, meetings.ToList(), publicView: false, ct);
            }
        }
    }

    private static async Task<IResult> FeedAsync(SchedulingDbContext db, string name, IReadOnlyList<Meeting> meetings, bool publicView, CancellationToken ct)
    {
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        return Results.Text(CalendarFeed.Write(name, meetings, bodies, publicView), CalendarFeed.ContentType);
    }
}
