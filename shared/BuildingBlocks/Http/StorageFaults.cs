using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// Faults of the store that pass by themselves: a full disk, a database locked past its timeout, a server that
/// cannot be reached. A write that meets one is refused with 503 and <c>Retry-After</c>; nothing was changed.
/// </summary>
public static class StorageFaults
{
    public const int RetryAfterSeconds = 30;

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 13 or 14:
                    // BUSY, LOCKED, IOERR, FULL, CANTOPEN
                    return true;
                case DbException { IsTransient: true }:
                    return true;
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    public static ProblemDetails Problem(HttpContext context) => RetryLater.Problem(context, StatusCodes.Status503ServiceUnavailable, RetryAfterSeconds,
        "The store cannot take the change now.", "The database is full, locked or unreachable; nothing was changed.", "storage.unavailable");
}
