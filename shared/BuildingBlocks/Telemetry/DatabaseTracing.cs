namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>
/// A client span for each database command EF Core runs inside traced work (a request, a consumer, a deadline, an
/// outbox publish). EF Core 10 has no ActivitySource of its own and the OpenTelemetry package for it is still a beta,
/// so this interceptor writes the spans; a command with nothing traced around it (the outbox's poll) is not traced.
/// </summary>
public sealed class DatabaseTracing : DbCommandInterceptor
{
    public static readonly DatabaseTracing Interceptor = new();

    private static readonly ConditionalWeakTable<DbCommand, Activity> Running = new();

    private DatabaseTracing()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Start(command, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => Stop(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Stop(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Start(command, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Stop(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Stop(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Start(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Start(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Stop(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Stop(command, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Stop(command, 0, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, 0, eventData.Exception);
        return Task.CompletedTask;
    }

    private static T Start<T>(DbCommand command, T result)
    {
        if (Activity.Current is null || !SummitTelemetry.Source.HasListeners())
        {
            return result;
        }

        // The span is a leaf: the work around it stays the current activity.
        var around = Activity.Current;
        var text = command.CommandText;
        var activity = SummitTelemetry.Source.StartActivity(Operation(text), ActivityKind.Client);
        Activity.Current = around;
        if (activity is null)
        {
            return result;
        }

        activity.SetTag("db.system.name", command.Connection?.GetType().Name switch
        {
            { } name when name.StartsWith("Sqlite", StringComparison.Ordinal) => "sqlite",
            { } name when name.StartsWith("Npgsql", StringComparison.Ordinal) => "postgresql",
            _ => "microsoft.sql_server",
        });
        activity.SetTag("db.namespace", command.Connection?.Database);
        activity.SetTag("db.query.text", text);
        Running.AddOrUpdate(command, activity);
        return result;
    }

    private static T Stop<T>(DbCommand command, T result, Exception? error = null)
    {
        if (Running.TryGetValue(command, out var activity))
        {
            Running.Remove(command);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
                activity.SetTag("error.type", error.GetType().FullName);
            }

            var around = Activity.Current;
            activity.Stop();
            Activity.Current = around;
        }

        return result;
    }

    // SELECT, INSERT, UPDATE, DELETE, PRAGMA...: the first word of the statement (EF puts no comment before it).
    private static string Operation(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\n', '\r');
        return (end < 0 ? trimmed : trimmed[..end]).ToString().ToUpperInvariant() is { Length: > 0 and <= 20 } word ? word : "SQL";
    }
}
