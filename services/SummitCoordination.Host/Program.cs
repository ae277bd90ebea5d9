using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Consensus;
using SummitCoordination.Scheduling;
using SummitCoordination.Statements;
using SummitCoordination.Web;

// All three services and the web app in one process, on one bus (in-memory by default) and one port.
SummitHost.Run(args, "http://localhost:5080", new SchedulingModule(), new ConsensusModule(), new StatementsModule(), new WebModule());

public partial class Program;
