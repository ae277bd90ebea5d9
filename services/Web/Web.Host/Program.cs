using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Web;

// The web application on its own (distributed mode): Services:Scheduling / Services:Statements name where the APIs
// answer (the gateway, or each service), Bus:Transport=RabbitMq lets a publication refresh its cached pages.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSummitPlatform(HostDefaults.Url, new WebModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

internal static class HostDefaults
{
    public const string Url = "http://localhost:5104";
}
