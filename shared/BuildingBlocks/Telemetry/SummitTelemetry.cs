namespace SummitCoordination.BuildingBlocks.Telemetry;

/// <summary>
/// The name our own telemetry goes under, the product's: one <see cref="ActivitySource"/> for the spans that no library
/// writes for us (an outbox row published, a deadline fired, a database command) and one meter (<see cref="SummitMetrics"/>).
/// </summary>
public static class SummitTelemetry
{
    public const string Name = "SummitCoordination";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>
    /// Publishing one outbox row, as a child of the request or consumer that wrote it (its stored traceparent), so that
    /// the broker's send span and every consumer after it stay in that trace however long the row waited.
    /// </summary>
    public static Activity? StartOutboxPublish(OutboxMessage row, Type messageType)
    {
        ActivityContext.TryParse(row.TraceParent, null, isRemote: true, out var parent);
        var activity = Source.StartActivity($"outbox publish {messageType.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());
        activity?.SetTag("summit.outbox.sequence", row.Sequence);
        return activity;
    }

    /// <summary>One firing of a deadline: the root of whatever the job does and publishes.</summary>
    public static Activity? StartDeadline(string job, string key)
    {
        var activity = Source.StartActivity($"deadline {job}", ActivityKind.Internal);
        activity?.SetTag("summit.deadline.key", key);
        return activity;
    }

    /// <summary>The service a context belongs to: <c>Consensus</c> for <c>ConsensusDbContext</c> and its provider subclasses.</summary>
    public static string ServiceOf(Type contextType)
    {
        var type = contextType;
        while (type.BaseType is { } parent && parent != typeof(ServiceDbContext) && parent != typeof(object))
        {
            type = parent;
        }

        return type.Name.Replace("DbContext", "", StringComparison.Ordinal);
    }

    /// <summary>A type's name without the generic arity (<c>RedriveJob</c> for <c>RedriveJob`1</c>).</summary>
    public static string ShortName(Type type) => type.Name.Split('`')[0];
}
