using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>One fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> from one client address.</summary>
public sealed class RateLimit
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Configuration <c>RateLimits:*</c>: what one client address may send. Anonymous reads, the development token
/// endpoint and failed sign-ins are limited; signed-in callers and health probes are not. Over the limit: 429 with
/// <c>Retry-After</c> and a problem body.
/// </summary>
public sealed class RateLimitSettings
{
    public RateLimit Anonymous { get; set; } = new() { PermitLimit = 300 };

    public RateLimit TokenEndpoint { get; set; } = new() { PermitLimit = 60 };

    public RateLimit FailedAuthentication { get; set; } = new() { PermitLimit = 20 };
}

/// <summary>
/// Failed sign-ins (bearer tokens that do not validate, private feed secrets that are unknown), counted twice: per
/// presented credential (its SHA-256, so the same bad token or secret sent again is refused before it is even
/// checked) and per client address (past its limit, a further failure is answered 429 instead of 401 or 404). A
/// credential that validates is never refused: at a summit many delegations sign in from one network address, and
/// one misconfigured client there must not lock the others out.
/// </summary>
public sealed class FailedSignIns(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => RateLimitExtensions.Window(settings.FailedAuthentication)));

    /// <summary>Counts one failure of this credential from this address; false when either is now over its limit.</summary>
    public bool Record(string address, string credential)
    {
        using var byCredential = _limiter.AttemptAcquire(CredentialKey(credential));
        using var byAddress = _limiter.AttemptAcquire(AddressKey(address));
        return byCredential.IsAcquired && byAddress.IsAcquired;
    }

    /// <summary>True when this very credential has failed too often: it is refused without being checked again.</summary>
    public bool Exhausted(string credential) => _limiter.GetStatistics(CredentialKey(credential))?.CurrentAvailablePermits == 0;

    /// <summary>The credential as a key: its SHA-256, so no secret is kept in memory.</summary>
    public static string CredentialKey(string credential) =>
        $"credential:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)))}";

    private static string AddressKey(string address) => $"address:{address}";

    public void Dispose() => _limiter.Dispose();
}

public static class RateLimitExtensions
{
    public static string ClientAddress(this HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.Loopback.ToString();

    internal static FixedWindowRateLimiterOptions Window(RateLimit limit) => new()
    {
        PermitLimit = Math.Max(1, limit.PermitLimit),
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static IServiceCollection AddSummitRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<RateLimitSettings>(configuration, "RateLimits");
        services.AddSingleton<FailedSignIns>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<RateLimitSettings>((options, settings) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var address = context.ClientAddress();
                if (context.Request.Path.StartsWithSegments("/dev/tokens"))
                {
                    return RateLimitPartition.GetFixedWindowLimiter($"token:{address}", _ => Window(settings.TokenEndpoint));
                }

                if (context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetFixedWindowLimiter($"anonymous:{address}", _ => Window(settings.Anonymous));
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await WriteTooManyAsync(context.HttpContext, retryAfter, "Too many requests from this address.");
            };
        });
        return services;
    }

    public static async Task WriteTooManyAsync(HttpContext context, TimeSpan retryAfter, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problem = RetryLater.Problem(context, StatusCodes.Status429TooManyRequests, seconds, "Too many requests.", detail, "rate-limited");
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>
    /// Refuses, before checking it, a bearer token that has itself failed too often; failures are counted by
    /// <see cref="FailedSignIns"/> from the bearer handler's failure event. Other tokens from the same address are checked.
    /// </summary>
    public static IApplicationBuilder UseFailedAuthenticationLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var failures = context.RequestServices.GetRequiredService<FailedSignIns>();
        var settings = context.RequestServices.GetRequiredService<RateLimitSettings>();
        if (context.Request.Headers.Authorization.Count > 0 && failures.Exhausted(context.Request.Headers.Authorization.ToString()))
        {
            await WriteTooManyAsync(context, settings.FailedAuthentication.Window, "This token has failed too often; get a new one.");
            return;
        }

        await next(context);
    });
}
