namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Ready only when the store can take a write: it answers, its write lock can be taken (SQLite: <c>BEGIN IMMEDIATE</c>,
/// rolled back at once, so nothing is written) and, for a file store, its disk has room left.
/// </summary>
public sealed class DbContextHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : ServiceDbContext
{
    /// <summary>Below this much free space a SQLite store is reported unable to write.</summary>
    public const long MinimumFreeBytes = 1024 * 1024;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var name = typeof(TContext).Name;
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{name} cannot connect to its database.");
            }

            if (!db.Database.IsSqlite())
            {
                // A server database: its own check (e.g. postgresql: not a read-only standby) says whether it takes writes.
                return HealthCheckResult.Healthy();
            }

            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (directory is not null && new DriveInfo(directory).AvailableFreeSpace < MinimumFreeBytes)
            {
                return HealthCheckResult.Unhealthy($"{name}: the disk of {directory} is full; writes would fail.");
            }

            await using var connection = new SqliteConnection(db.Database.GetConnectionString() + ";Default Timeout=2");
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is SqliteException or IOException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{name} cannot write: {e.Message}");
        }
    }
}
