using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Scheduling;

SummitHost.Run(args, "http://localhost:5101", new SchedulingModule());
