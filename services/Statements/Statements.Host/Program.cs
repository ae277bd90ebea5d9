using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Statements;

SummitHost.Run(args, "http://localhost:5103", new StatementsModule());
