using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Consensus;
using SummitCoordination.Scheduling;
using SummitCoordination.Statements;
using SummitCoordination.Web;

// All three services and the web app in one process, on one bus (in-memory by default) and one port.
// Settings ship beside the binaries, so they apply whatever directory the host is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSummitPlatform("http://localhost:5080", new SchedulingModule(), new ConsensusModule(), new StatementsModule(), new WebModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

public partial class Program;
