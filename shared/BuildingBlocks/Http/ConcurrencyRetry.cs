namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// A write that loses a race on a version token (someone, most often the service's own consumers, saved the same
/// aggregate between this request's read and its write) is run again on a clean unit of work: it reads the current
/// state and applies the act to it. A person's act therefore never fails because background work touched the same
/// thing; when another person's change makes the act impossible, the rerun meets the aggregate's own rule and the
/// answer says what the thing is now (its current status), not "someone else changed this".
/// </summary>
public sealed class ConcurrencyRetryFilter<TContext>(ILogger<ConcurrencyRetryFilter<TContext>> logger) : IEndpointFilter
    where TContext : ServiceDbContext
{
    public const int Attempts = 8;

    /// <summary>
    /// A version token that moved between this request's read and its write: the act passes when it runs again on what
    /// is committed now. (A unique name, a statement's slug, is taken from a counter inside the write's own transaction,
    /// so it never collides and is not retried here: a unique-index failure is a defect and surfaces.)
    /// </summary>
    public static bool LostRace(DbUpdateException error) => error is DbUpdateConcurrencyException;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(context);
            }
            catch (DbUpdateException error) when (attempt < Attempts && !context.HttpContext.Response.HasStarted && LostRace(error))
            {
                // Everything this request read, raised or queued is forgotten (outbox messages included): the next run starts afresh.
                context.HttpContext.RequestServices.GetRequiredService<TContext>().StartOver();
                logger.LogDebug("{Method} {Path} lost a race on a version token; running it again (attempt {Attempt})",
                    context.HttpContext.Request.Method, context.HttpContext.Request.Path, attempt + 1);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), context.HttpContext.RequestAborted);
            }
        }
    }
}

public static class ConcurrencyRetryExtensions
{
    /// <summary>Every endpoint mapped on the returned builder reruns a write that lost a race (see <see cref="ConcurrencyRetryFilter{TContext}"/>).</summary>
    public static IEndpointRouteBuilder RetryingLostRaces<TContext>(this IEndpointRouteBuilder app)
        where TContext : ServiceDbContext =>
        app.MapGroup("").AddEndpointFilter<ConcurrencyRetryFilter<TContext>>();
}
