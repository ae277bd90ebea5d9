using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Statements;

var builder = WebApplication.CreateBuilder(args);
builder.AddSummitPlatform(HostDefaults.Url, new StatementsModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

internal static class HostDefaults
{
    public const string Url = "http://localhost:5103";
}
