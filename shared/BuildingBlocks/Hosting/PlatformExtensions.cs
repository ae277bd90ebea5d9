using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Scalar.AspNetCore;
using SummitCoordination.BuildingBlocks.OpenApi;

namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>What every host does the same way: service defaults (telemetry, request logs), bus, identity, problem details, OpenAPI, health, and its modules.</summary>
public static class PlatformExtensions
{
    public static WebApplicationBuilder AddSummitPlatform(this WebApplicationBuilder builder, string defaultUrl, params ServiceModule[] modules)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(defaultUrl);
        }

        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.AddServiceDefaults(modules.Length == 1 ? $"summit-{modules[0].Name.ToLowerInvariant()}" : "summit-coordination");

        var services = builder.Services;
        services.AddHostedService<ModuleInitializer>();
        foreach (var module in modules)
        {
            services.AddSingleton(module);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddForwardedRequests(builder.Configuration);
        // Ours first: the default writer refuses clients that do not accept JSON, and the framework then throws.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsMapping>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new InstantOffsetConverter());
            o.SerializerOptions.Converters.Add(new InstantUtcConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // A number is a JSON number; "5" for a count is refused, and the document describes numbers plainly.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // Errors name fields as the JSON does (delegations[0].party), in messages too.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        var auth = services.AddSummitAuth(builder.Configuration, builder.Environment);
        services.AddSummitOpenApi(auth,
            $"SummitCoordination {string.Join(", ", modules.Select(m => m.Name))} API");
        services.AddSummitRateLimits(builder.Configuration);
        // API addresses answer 405 (with Allow) and 415 as routing decides, not the pages' catch-all 404.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ApiPathMatcherPolicy>());
        services.AddValidatorsFromAssemblyContaining<DevTokenRequestValidator>();
        services.AddHealthChecks();

        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
        }

        services.AddSummitBus(builder.Configuration, bus =>
        {
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }
        });
        return builder;
    }

    public static WebApplication UseSummitPlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseServiceDefaults();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseFailedAuthenticationLimit();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseCheckedBoundValues();
        app.UsePlainTextBodies();
        foreach (var module in app.Services.GetServices<ServiceModule>())
        {
            module.UseMiddleware(app);
        }

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o
                .WithTitle("SummitCoordination API reference")
                .AddPreferredSecuritySchemes(OpenApiSetup.Bearer)
                .HideClientButton()
                .HideDeveloperTools()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .WithNonce())
            .AllowAnonymous();
        app.MapHealthChecks("/health/live", HealthReplies.Live()).AllowAnonymous();
        app.MapHealthChecks("/health/ready", HealthReplies.Ready()).AllowAnonymous();
        if (app.Environment.IsDevelopment() && app.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IPartyDirectory)))
        {
            app.MapDevTokens();
        }

        app.MapMessageOperations();
        foreach (var module in app.Services.GetServices<ServiceModule>())
        {
            module.MapEndpoints(app);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWhereToBrowse(app));
        return app;
    }

    private static void PrintWhereToBrowse(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault();
        if (first is null)
        {
            return;
        }

        var names = string.Join(", ", app.Services.GetServices<ServiceModule>().Select(m => m.Name));
        Console.WriteLine($"\nSummitCoordination ({names}) is running.");
        // The web application's pages first (its home page leads), then what machines read.
        foreach (var (label, path) in app.Services.GetServices<ServiceModule>().OrderBy(m => m.BrowseOrder).SelectMany(m => m.BrowseLinks))
        {
            Console.WriteLine($"  {label + ":",-18}{first}{path}");
        }

        Console.WriteLine($"""
              API reference: {first}/scalar
              OpenAPI:       {first}/openapi/v1.json
              Health:        {first}/health/ready
            """);

        if (app.Environment.IsDevelopment())
        {
            Console.WriteLine($"  Dev tokens:    POST {first}/dev/tokens {{\"role\":\"Secretariat\"}}\n");
        }
    }
}
