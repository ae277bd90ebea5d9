using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.Web;

/// <summary>
/// The keys that protect the web app's session cookie, antiforgery tokens and interactive circuits. Several web instances
/// behind the gateway must share them, or a cookie or form made by one is refused by another: with
/// <c>ConnectionStrings:DataProtection</c> set they live in that database (provider from <c>Database:Provider</c>), in a
/// table <c>DataProtectionKeys</c> made at start if missing. Without it nothing changes from a single host: the keys stay
/// where ASP.NET Core keeps them by default (the user profile). The application name is fixed either way, so instances
/// installed in different directories share one key purpose.
/// </summary>
public static class SharedDataProtection
{
    public const string ApplicationName = "SummitCoordination.Web";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        var connectionString = configuration.GetConnectionString("DataProtection");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        var provider = DatabaseSettings.ReadProvider(configuration);
        services.AddDbContext<DataProtectionKeysContext>(o => _ = provider switch
        {
            DatabaseProvider.Sqlite => o.UseSqlite(connectionString),
            DatabaseProvider.SqlServer => o.UseSqlServer(connectionString),
            _ => o.UseNpgsql(connectionString),
        });
        protection.PersistKeysToDbContext<DataProtectionKeysContext>();
        // The signed-in people's sessions in the same database, so another instance carries on a session (ServerSideTickets).
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache, WebSessionStore>());
        // Before any hosted service starts (data protection's own loads the key ring in its StartAsync).
        services.AddHostedService<DataProtectionKeysSchema>();
        return services;
    }
}
