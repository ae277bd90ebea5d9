using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Consensus;

var builder = WebApplication.CreateBuilder(args);
builder.AddSummitPlatform(HostDefaults.Url, new ConsensusModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

internal static class HostDefaults
{
    public const string Url = "http://localhost:5102";
}
