using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Statements.Meetings;
using SummitCoordination.Statements.Persistence;

namespace SummitCoordination.Statements;

/// <summary>Drafting, adoption and publication of joint statements.</summary>
public sealed class StatementsModule : ServiceModule
{
    public override string Name => StatementsDbContext.Service;

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var database = services.AddServiceDatabase<StatementsDbContext, SqliteStatementsDbContext, SqlServerStatementsDbContext>(configuration, Name);
        services.AddDeadlines(database);
        services.AddValidatorsFromAssemblyContaining<StatementsModule>();
    }

    public override void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<MeetingScheduledConsumer, MeetingScheduledConsumerDefinition>();

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapMeetingStatementsEndpoints();

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<StatementsDbContext>().MigrateIfEmbeddedAsync(cancellationToken);
}
