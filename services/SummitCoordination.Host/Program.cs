using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Consensus;
using SummitCoordination.Scheduling;
using SummitCoordination.Statements;

// All three services in one process, on one bus (in-memory by default) and one port.
var builder = WebApplication.CreateBuilder(args);
builder.AddSummitPlatform("http://localhost:5080", new SchedulingModule(), new ConsensusModule(), new StatementsModule());

var app = builder.Build();
app.UseSummitPlatform();
app.Run();

public partial class Program;
