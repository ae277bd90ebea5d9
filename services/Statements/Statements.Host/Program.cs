using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Statements;

// Settings ship beside the binaries, so they apply whatever directory the host is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSummitPlatform(HostDefaults.Url, new StatementsModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

internal static class HostDefaults
{
    public const string Url = "http://localhost:5103";
}
