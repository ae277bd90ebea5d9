using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitCoordination.BuildingBlocks.Hosting;

namespace SummitCoordination.Statements;

/// <summary>Drafting, adoption and publication of statements, their commitments, and what observers read.</summary>
public sealed class StatementsModule : ServiceModule
{
    public override string Name => StatementsDbContext.Service;

    public override IReadOnlyList<(string Label, string Path)> BrowseLinks =>
        [("Statements JSON", "/public/statements"), ("Atom feed", "/public/feed.atom"), ("Commitments JSON", "/public/commitments?party=KAZ"), ("Instruments JSON", "/public/instruments"), ("Documents JSON", "/public/documents"), ("Documents Atom", "/public/documents.atom")];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddServiceBasics<StatementsDbContext, SqliteStatementsDbContext, SqlServerStatementsDbContext, PostgreSqlStatementsDbContext>(services, configuration);
        services.AddScoped<Publisher>();
        services.AddSettings<RegisterSettings>(configuration, RegisterSettings.Section);
        services.TryAddSingleton<IDocumentStore, FileSystemDocumentStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, StatementChairHandler>());
        services.AddSingleton<PublicReadCache>();
        services.AddScoped<Public.PublicReads>();
        services.AddKeyedSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PublicDataChangedInterceptor>(StatementsDbContext.Service);
    }

    // Every consumer of the service with the definition beside it (MassTransit pairs them by type): a new one needs no line here.
    public override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumers(typeof(StatementsModule).Assembly);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.RetryingLostRaces<StatementsDbContext>();
        app.MapStatementEndpoints();
        app.MapStatementLanguageEndpoints();
        app.MapParagraphEndpoints();
        app.MapCommitmentEndpoints();
        app.MapInstrumentEndpoints();
        app.MapPublicEndpoints();
        app.MapRegisterEndpoints();
    }

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = await MigratedAsync<StatementsDbContext>(services, cancellationToken);
        await WholeTextSplit.RunAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
        var deadlines = services.GetRequiredKeyedService<IDeadlines>(Name);
        await EmbargoJob.RestoreMissingAsync(db, deadlines, cancellationToken);
        await CommitmentDueJob.RestoreMissingAsync(db, deadlines, cancellationToken);
        await EntryIntoForceJob.RestoreMissingAsync(db, deadlines, cancellationToken);
        await AdReferendumJob.RestoreMissingAsync(db, deadlines, cancellationToken);
        await DerestrictionJob.RestoreMissingAsync(db, deadlines, cancellationToken);
    }
}
