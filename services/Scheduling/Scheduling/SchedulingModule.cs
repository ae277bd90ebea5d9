using MassTransit;
using SummitCoordination.Scheduling.Mail;
using SummitCoordination.Scheduling.Public;

namespace SummitCoordination.Scheduling;

/// <summary>Parties, formats, bodies and meetings: the calendar of the C5 process.</summary>
public sealed class SchedulingModule : ServiceModule
{
    public override string Name => SchedulingDbContext.Service;

    public override IReadOnlyList<(string Label, string Path)> BrowseLinks => [("Public calendar", "/public/calendar.ics")];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var database = AddServiceBasics<SchedulingDbContext, SqliteSchedulingDbContext, SqlServerSchedulingDbContext, PostgreSqlSchedulingDbContext>(services, configuration);
        services.AddScoped<ConflictChecker>();
        services.AddScoped<ChairResolver>();
        services.AddScoped<PartyStandings>();
        services.AddScoped<SummitPlanner>();
        services.AddScoped<MeetingBooking>();
        services.AddScoped<Calendars.CalendarFeeds>();
        services.AddSingleton<MeetingDeadlines>();
        services.AddScoped<BuildingBlocks.Identity.IPartyDirectory, PartyDirectory>();
        services.AddMail(configuration, database);
    }

    // Every consumer of the service with the definition beside it (MassTransit pairs them by type): a new one needs no line here.
    public override void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumers(typeof(SchedulingModule).Assembly);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.RetryingLostRaces<SchedulingDbContext>();
        app.MapReferenceDataEndpoints();
        app.MapStandingEndpoints();
        app.MapBodyEndpoints();
        app.MapMeetingEndpoints();
        app.MapNotificationEndpoints();
        app.MapCalendarEndpoints();
        app.MapPublicSchedulingEndpoints();
        app.MapSummitPlanEndpoints();
        app.MapPeopleEndpoints();
        app.MapMailEndpoints();
    }

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = await MigratedAsync<SchedulingDbContext>(services, cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        await CatalogSeeder.SeedAsync(db, clock, cancellationToken);
        await services.GetRequiredService<MeetingDeadlines>().RestoreMissingAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await services.GetRequiredService<UnsubscribeTokens>().LoadKeyAsync(db, cancellationToken);
        await services.GetRequiredService<DigestSchedule>().EnsureAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
