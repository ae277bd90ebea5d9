using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Consensus;

SummitHost.Run(args, "http://localhost:5102", new ConsensusModule());
