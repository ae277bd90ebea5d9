using Microsoft.AspNetCore.Diagnostics;

namespace SummitCoordination.Web.Services;

/// <summary>A page that answers 4xx or 5xx still shows itself (not the API's problem-details body).</summary>
public static class PageStatus
{
    public static void Set(HttpContext? http, int status)
    {
        if (http is null || http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status;
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }
}
