namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection of a service runs with <c>synchronous=NORMAL</c>, the level WAL makes safe: a commit is no
/// longer flushed to disk on its own (the WAL is, at each checkpoint), so a crash of the process loses nothing and
/// the database is never corrupted; only a power cut or an operating-system crash can roll back the last transactions
/// committed before it. <c>synchronous</c> is a per-connection setting, hence an interceptor rather than a pragma run once.
/// </summary>
public sealed class SqliteSynchronous : DbConnectionInterceptor
{
    public static readonly SqliteSynchronous Normal = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
