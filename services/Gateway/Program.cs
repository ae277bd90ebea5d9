using SummitCoordination.Gateway;

// Settings ship beside the binaries, so they apply whatever directory the host is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5100");
}

var (routes, clusters) = GatewayRoutes.From(builder.Configuration);
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/health/live");
app.MapReverseProxy();
app.Run();
