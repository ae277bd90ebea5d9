using Scalar.AspNetCore;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Gateway;

// Settings ship beside the binaries, so they apply whatever directory the host is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5100");
}

builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.AddServiceDefaults("summit-gateway");
builder.Services.AddHttpClient("openapi");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<MergedOpenApi>();

var (routes, clusters) = GatewayRoutes.From(builder.Configuration);
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.UseServiceDefaults();
app.Use((context, next) =>
{
    context.Response.OnStarting(() =>
    {
        context.Response.Headers.Remove("Server");
        return Task.CompletedTask;
    });
    return next(context);
});
app.MapHealthChecks("/health/live");
// One reference for the three services: their documents merged (the services' own pages stay on their own ports).
app.MapGet("/openapi/v1.json", async (MergedOpenApi openApi, CancellationToken ct) => Results.Text(await openApi.GetAsync(ct), "application/json"));
app.MapScalarApiReference(o => o
    .WithTitle("SummitCoordination API reference")
    .AddPreferredSecuritySchemes("Bearer")
    .HideClientButton()
    .HideDeveloperTools()
    .DisableAgent()
    .DisableMcp()
    .DisableTelemetry()
    .WithNonce());
app.Use((context, next) =>
{
    if (context.Request.Path.StartsWithSegments("/scalar"))
    {
        context.Response.OnStarting(() =>
        {
            var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
            context.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
    }

    return next(context);
});
app.MapReverseProxy();
app.Run();
