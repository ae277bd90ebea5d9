using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Web;

// The web application on its own (distributed mode): Services:Scheduling / Services:Statements name where the APIs
// answer (the gateway, or each service), Bus:Transport=RabbitMq lets a publication refresh its cached pages.
SummitHost.Run(args, "http://localhost:5104", new WebModule());
