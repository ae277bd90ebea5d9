using MassTransit.Logging;
using MassTransit.Monitoring;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>
/// What every host has, whatever it runs (after eShop's ServiceDefaults): OpenTelemetry traces, metrics and logs,
/// and one structured log entry per request. Traces: ASP.NET Core, HttpClient, MassTransit (its own ActivitySource),
/// our outbox, deadlines and database commands, so that one trace follows an act from its request through the outbox
/// and the broker into every consumer. Metrics: runtime, ASP.NET Core, HttpClient, MassTransit and ours
/// (<see cref="SummitMetrics"/>). Exporters: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other
/// <c>OTEL_*</c> variables as the SDK reads them), the console when <c>Telemetry:Console</c> says so (Development
/// by default).
/// </summary>
public static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSettings<TelemetrySettings>(configuration, "Telemetry");
        services.AddSummitMetrics();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
        {
            telemetry.ConfigureResource(resource => resource.AddService(serviceName));
        }

        telemetry
            .WithTracing(tracing => tracing
                .AddSource(SummitTelemetry.Name, DiagnosticHeaders.DefaultListenerName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(SummitTelemetry.Name, InstrumentationOptions.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        // Read here because the exporter is wired now; the same key is validated with the rest of Telemetry:* at start.
        if (configuration.GetValue<bool?>("Telemetry:Console") ?? builder.Environment.IsDevelopment())
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddConsoleExporter());
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddConsoleExporter());
        }

        return builder;
    }

    /// <summary>First in the pipeline, so that the entry carries the status the exception handler answered with.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseRequestLogging();
        return app;
    }
}
