using Microsoft.Extensions.Primitives;

namespace SummitCoordination.Web;

/// <summary>
/// Public pages are cached whole for anonymous readers only (a signed-in person's header names them), per address,
/// query and language, and tagged so any change they show evicts them (<see cref="PublicPagesChangedConsumer"/>).
/// </summary>
public sealed class PublicPagePolicy(TimeSpan duration) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true && !request.Cookies.ContainsKey("summit.session");
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = Services.Display.Language;
        context.Tags.Add(WebModule.StatementsTag);
        if (cacheable)
        {
            // Blazor hands every server-rendered page an antiforgery cookie; an anonymous reader's public page posts
            // nothing, so the shared copy carries none (the sign-in page, never cached, sets its own).
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                var kept = response.Headers.SetCookie.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray();
                response.Headers.SetCookie = new StringValues(kept);
                return Task.CompletedTask;
            });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a plain, successful page is kept: never one that sets a cookie of its own or is not a 200.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
