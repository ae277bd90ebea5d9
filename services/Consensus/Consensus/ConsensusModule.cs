using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.Consensus;

/// <summary>Agenda items, positions and decision rules.</summary>
public sealed class ConsensusModule : ServiceModule
{
    public override string Name => ConsensusDbContext.Service;

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddServiceBasics<ConsensusDbContext, SqliteConsensusDbContext, SqlServerConsensusDbContext, PostgreSqlConsensusDbContext>(services, configuration);
        services.AddScoped<ItemDecisions>();
        services.AddScoped<RecordKeeping>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ConsensusChairHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ItemProposerHandler>());
        services.AddSingleton<KeyedLocks>();
    }

    // Every consumer of the service with the definition beside it (MassTransit pairs them by type): a new one needs no line here.
    public override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumers(typeof(ConsensusModule).Assembly);

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.RetryingLostRaces<ConsensusDbContext>().MapItemEndpoints().MapRecordEndpoints();

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = await MigratedAsync<ConsensusDbContext>(services, cancellationToken);
        await SilenceDeadlineJob.RestoreMissingAsync(db, services.GetRequiredKeyedService<IDeadlines>(Name), cancellationToken);
        await RecordFinalisationJob.RestoreMissingAsync(db, services.GetRequiredKeyedService<IDeadlines>(Name), cancellationToken);
    }
}
