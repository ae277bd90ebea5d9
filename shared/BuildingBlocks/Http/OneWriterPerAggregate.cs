namespace SummitCoordination.BuildingBlocks.Http;

public static class OneWriterPerAggregateExtensions
{
    /// <summary>
    /// Writers of the aggregate named by the route value <paramref name="routeKey"/> queue one behind the other in this
    /// process (<see cref="KeyedLocks"/>): six delegations answering at the same instant wait their turn instead of
    /// colliding. A writer in another process is still caught by the version token, and the write runs again on a clean
    /// unit of work (<see cref="ConcurrencyRetryFilter{TContext}"/>). Handlers hold neither a lock nor a retry loop.
    /// </summary>
    public static RouteHandlerBuilder OneWriterPerAggregate(this RouteHandlerBuilder endpoint, string routeKey = "id") =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Request.RouteValues[routeKey] is not string raw || !Guid.TryParse(raw, out var key))
            {
                return await next(context);
            }

            var locks = context.HttpContext.RequestServices.GetRequiredService<KeyedLocks>();
            using var writer = await locks.AcquireAsync(key, context.HttpContext.RequestAborted);
            return await next(context);
        });
}
