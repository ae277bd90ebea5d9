using SummitCoordination.Gateway;

var builder = WebApplication.CreateBuilder(args);
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
