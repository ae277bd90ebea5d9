namespace SummitCoordination.BuildingBlocks.Hosting;

/// <summary>
/// One structured log entry per request, after it is answered: method, route (the endpoint's pattern, so no id or
/// feed secret is written out), status, duration and the trace id that finds the request's spans. Health probes
/// log at Debug, server errors at Error.
/// </summary>
public static partial class RequestLogging
{
    public const string Category = "SummitCoordination.Requests";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var status = context.Response.StatusCode;
                var level = context.Request.Path.StartsWithSegments("/health") ? LogLevel.Debug
                    : status >= StatusCodes.Status500InternalServerError ? LogLevel.Error
                    : LogLevel.Information;
                if (logger.IsEnabled(level))
                {
                    var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
                    Answered(logger, level, context.Request.Method, route, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                        Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier);
                }
            }
        });
    }

    [LoggerMessage(EventId = 1, EventName = "RequestAnswered", Message = "HTTP {Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (trace {TraceId})")]
    private static partial void Answered(ILogger logger, LogLevel level, string method, string route, int statusCode, double elapsedMilliseconds, string traceId);
}
