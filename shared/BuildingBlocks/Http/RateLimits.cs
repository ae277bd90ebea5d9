using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>One fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> from one client address.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

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

    public static RateLimitSettings From(IConfiguration configuration)
    {
        var settings = new RateLimitSettings();
        configuration.GetSection("RateLimits").Bind(settings);
        return settings;
    }
}

/// <summary>Failed sign-ins per client address; consulted before a token is even checked.</summary>
public sealed class FailedSignIns(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => RateLimitExtensions.Window(settings.FailedAuthentication)));

    /// <summary>Counts one failure; false when the address is now over its limit.</summary>
    public bool Record(string address) => _limiter.AttemptAcquire(address).IsAcquired;

    public bool Exhausted(string address) => _limiter.GetStatistics(address)?.CurrentAvailablePermits == 0;

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
        var settings = RateLimitSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<FailedSignIns>();
        services.AddRateLimiter(options =>
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
        context.Response.Headers.RetryAfter = seconds.ToString();
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = $"{detail} Try again in {seconds} seconds.",
        };
        problem.Extensions["code"] = "rate-limited";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>
    /// Refuses, before checking it, a token from an address that has failed sign-in too often; failures are counted
    /// by <see cref="FailedSignIns"/> from the bearer handler's failure event.
    /// </summary>
    public static IApplicationBuilder UseFailedAuthenticationLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var failures = context.RequestServices.GetRequiredService<FailedSignIns>();
        var settings = context.RequestServices.GetRequiredService<RateLimitSettings>();
        if (context.Request.Headers.Authorization.Count > 0 && failures.Exhausted(context.ClientAddress()))
        {
            await WriteTooManyAsync(context, settings.FailedAuthentication.Window, "Too many failed sign-ins from this address.");
            return;
        }

        await next(context);
    });
}
