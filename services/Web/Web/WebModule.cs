using MassTransit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Http.Resilience;
using MudBlazor.Services;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Web.Components;

namespace SummitCoordination.Web;

/// <summary>
/// The web application (issue 10): a Blazor Web App over the three services' HTTP APIs. Public pages are static
/// server-rendered HTML, cached whole (output caching, evicted by tag when a statement is published); working pages
/// render interactively on the server. It reads no service's database.
/// </summary>
public sealed class WebModule : ServiceModule
{
    public const string PublicPages = "public-pages";
    public const string StatementsTag = "statements";

    /// <summary>This web process among others behind the same broker: names its own queues.</summary>
    public static readonly string InstanceId = $"-{Guid.NewGuid():N}"[..13];
    public static readonly string[] Cultures = [.. Display.Languages.Select(l => l.Code)];

    public override string Name => "Web";

    public override int BrowseOrder => 0;

    public override IReadOnlyList<(string Label, string Path)> BrowseLinks =>
        [("Home page", "/"), ("Statements", "/statements"), ("Commitments", "/commitments"), ("Calendar", "/calendar"), ("Sign in", "/signin")];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // What a person types reaches the server in one message: a Russian text of up to 200,000 characters (a statement)
        // or 20,000 (an agenda item), two bytes each, is far over SignalR's 32 KB, which would drop the page's circuit.
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(o => o.MaximumReceiveMessageSize = 1024 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Russian text as text, not as numeric character references.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddWebAuthentication(configuration);
        services.AddSharedDataProtection(configuration);
        services.AddOutputCache(o =>
        {
            o.AddPolicy(PublicPages, new PublicPagePolicy(TimeSpan.FromMinutes(10)));
            o.AddPolicy($"{PublicPages}-short", new PublicPagePolicy(TimeSpan.FromSeconds(30)));
        });

        services.AddSingleton<ServiceAddresses>();
        services.AddTransient<AccessTokenHandler>();
        services.AddSingleton<CircuitServicesAccessor>();
        services.AddSingleton<LiveUpdates>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitServicesActivityHandler>();
        // One typed client per service: its address, the caller's token, and retries of safe methods only (a write is never sent twice).
        AddServiceClient<SchedulingClient>(services, "Scheduling");
        AddServiceClient<ConsensusClient>(services, "Consensus");
        AddServiceClient<StatementsClient>(services, "Statements");
        services.AddScoped<Display>();
        services.AddScoped<LiveEventText>();
    }

    /// <summary>
    /// One typed client per service, with the caller's token. Reads are retried; a write is sent once (a retried
    /// write could act twice). A write waits up to a minute for its answer (a summit week's plan on a busy server),
    /// not the standard ten seconds, after which the person would see a timeout for an act that went through.
    /// </summary>
    private static void AddServiceClient<TClient>(IServiceCollection services, string service)
        where TClient : class =>
        services.AddHttpClient<TClient>((sp, http) => http.BaseAddress = sp.GetRequiredService<ServiceAddresses>().For(service))
            .AddHttpMessageHandler<AccessTokenHandler>()
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.DisableForUnsafeHttpMethods();
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(120);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(180);
            });

    public override void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // Both act on this process's memory (its page cache, its open pages): every web instance gets every message on a
        // queue of its own that goes when the instance goes, instead of competing for one shared queue.
        bus.AddConsumer<PublicPagesChangedConsumer>().Endpoint(e => (e.InstanceId, e.Temporary) = (InstanceId, true));
        bus.AddConsumer<LiveEventsConsumer>().Endpoint(e => (e.InstanceId, e.Temporary) = (InstanceId, true));
    }

    public override void UseMiddleware(IApplicationBuilder app)
    {
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture("en");
            (o.SupportedCultures, o.SupportedUICultures) = (SiteCultures.All, SiteCultures.All);
            // The reader's choice (the switch's cookie), then the browser's languages; never a query string.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.Use((context, next) =>
        {
            // An interactive page's circuit takes its culture from the connection that opens it, which need not carry the
            // browser's languages: a signed-in reader's page keeps the language it was served in as the culture cookie.
            // (Signed-in pages only: a public page's response stays cacheable, with no cookie set on it.)
            if (!WebAuthentication.IsApiRequest(context.Request) && !context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
                && HttpMethods.IsGet(context.Request.Method) && context.Features.Get<IRequestCultureFeature>() is { } culture)
            {
                context.Response.OnStarting(() =>
                {
                    if (context.User.Identity?.IsAuthenticated == true && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
                    {
                        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                            CookieRequestCultureProvider.MakeCookieValue(culture.RequestCulture),
                            new CookieOptions { Path = "/", IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        app.Use((context, next) =>
        {
            if (!WebAuthentication.IsApiRequest(context.Request))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = PagePolicy;
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        app.UseOutputCache();
        app.UseAntiforgery();
    }

    /// <summary>
    /// Pages load only this host's scripts and styles; MudBlazor sets style attributes, so inline styles are allowed
    /// (statement text is sanitized on the way in); the interactive pages talk to this host over its WebSocket.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // Static assets add a GET-only fallback ({**path:file}); routing would answer 405 to any other method on any
        // unknown address because of it. This one takes the other addresses: a plain 404 (problem details). A request
        // delegate, not a handler: the request delegate generator's MapFallback loses the fallback's order (int.MaxValue),
        // and the API's addresses (ApiPathMatcherPolicy) must still see it as a fallback.
        app.MapFallback("{**path:nonfile}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext http) =>
            {
                var chosen = Cultures.Contains(culture) ? culture : "en";
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous().ExcludeFromDescription();
        // A draft version's official text in PDF, for a signed-in participant: fetched from Statements with their token,
        // which the browser never holds; Statements decides who may read it (404 to anyone else, as for the draft).
        app.MapGet("/drafts/{id:guid}/versions/{number:int}.pdf", (Guid id, int number, string? lang, HttpContext http, StatementsClient statements, CancellationToken ct) =>
                ParticipantPdfAsync(http, () => statements.VersionPdfAsync(id, number, lang, ct)))
            .RequireAuthorization().ExcludeFromDescription();
        // The meeting record's PDF for a signed-in participant (a draft is Limited): fetched with their token, as a draft version is.
        app.MapGet("/meetings/{id:guid}/record.pdf", (Guid id, HttpContext http, ConsensusClient consensus, CancellationToken ct) =>
                ParticipantPdfAsync(http, () => consensus.RecordPdfAsync(id, ct)))
            .RequireAuthorization().ExcludeFromDescription();
        // A file of the register: the public one for an anonymous reader, else fetched with the signed-in person's token
        // (which the browser never holds); Statements decides who may read it (404 to anyone else).
        app.MapGet("/documents/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, HttpContext http, StatementsClient statements, CancellationToken ct) =>
            {
                try
                {
                    var signedIn = http.User.Identity?.IsAuthenticated == true;
                    var (content, fileName) = await statements.DocumentFileAsync(id, fileId, signedIn, ct);
                    var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
                    disposition.SetHttpFileName(fileName ?? "document");
                    http.Response.Headers.ContentDisposition = disposition.ToString();
                    http.Response.Headers.CacheControl = signedIn ? "private, no-store" : "public, max-age=300";
                    return Results.Bytes(content, "application/octet-stream");
                }
                catch (ApiException refused)
                {
                    return Results.Problem(statusCode: refused.Problem.Status, title: refused.Problem.Title, detail: refused.Problem.Detail);
                }
            })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/signin/oidc", (string? returnUrl, IConfiguration configuration) =>
                WebAuthentication.UsesOpenIdConnect(configuration)
                    ? Results.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : WebAuthentication.LandingPath }, [OpenIdConnectDefaults.AuthenticationScheme])
                    : Results.LocalRedirect("/signin"))
            .AllowAnonymous().ExcludeFromDescription();
        // Signed in without a page asked for: the secretariat to its console, a delegation to its meetings.
        app.MapGet(WebAuthentication.LandingPath, (HttpContext http) => Results.LocalRedirect(WebAuthentication.HomeOf(http.User)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signout", async (HttpContext http, IConfiguration configuration, IAntiforgery antiforgery) =>
            {
                await antiforgery.ValidateRequestAsync(http);
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                if (WebAuthentication.UsesOpenIdConnect(configuration))
                {
                    await http.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
                    return Results.Empty;
                }

                return Results.LocalRedirect("/");
            })
            .ExcludeFromDescription();
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A PDF for a signed-in participant (a draft's official text, a draft record): fetched from its service with their
    /// token, which the browser never holds; the service decides who may read it (404 to anyone else).
    /// </summary>
    private static async Task<IResult> ParticipantPdfAsync(HttpContext http, Func<Task<(byte[] Pdf, string FileName)>> fetch)
    {
        try
        {
            var (pdf, fileName) = await fetch();
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(fileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Bytes(pdf, "application/pdf");
        }
        catch (ApiException refused)
        {
            return Results.Problem(statusCode: refused.Problem.Status, title: refused.Problem.Title, detail: refused.Problem.Detail);
        }
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

/// <summary>
/// Anything a public page shows changed (a publication or corrigendum, a commitment or its progress, an instrument's
/// status, the public calendar): the cached pages, in every language, are rendered anew on this instance.
/// </summary>
public sealed class PublicPagesChangedConsumer(IOutputCacheStore cache)
    : IConsumer<StatementPublished>, IConsumer<StatementTextChanged>, IConsumer<CommitmentChanged>,
        IConsumer<InstrumentOpenedForSignature>, IConsumer<InstrumentSigned>, IConsumer<InstrumentRatified>, IConsumer<InstrumentEnteredIntoForce>,
        IConsumer<MeetingAnnounced>, IConsumer<MeetingRescheduled>, IConsumer<MeetingPostponed>, IConsumer<MeetingCancelled>,
        IConsumer<MeetingConvened>, IConsumer<MeetingConcluded>
{
    public Task Consume(ConsumeContext<StatementPublished> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<StatementTextChanged> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<CommitmentChanged> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<InstrumentOpenedForSignature> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<InstrumentSigned> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<InstrumentRatified> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<InstrumentEnteredIntoForce> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingAnnounced> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingRescheduled> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingPostponed> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingCancelled> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingConvened> context) => EvictAsync(context);

    public Task Consume(ConsumeContext<MeetingConcluded> context) => EvictAsync(context);

    private Task EvictAsync(ConsumeContext context) => cache.EvictByTagAsync(WebModule.StatementsTag, context.CancellationToken).AsTask();
}
