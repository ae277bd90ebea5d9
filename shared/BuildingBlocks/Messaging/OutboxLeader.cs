using System.Buffers.Binary;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>
/// One leader per batch, so that instances of a service sharing one database never publish a row twice or out of order
/// (issue 21.2): the batch runs in a transaction that first takes, without waiting, a lock of the database named after the
/// outbox table. The instance that does not get it publishes nothing and looks again at its next poll. The lock belongs to
/// the transaction, so it is let go by the commit that marks the batch sent (or by a rollback, or a dropped connection),
/// and the next leader reads those marks. A lock rather than row locks (FOR UPDATE SKIP LOCKED) because rows skipped by
/// one instance would be published by the other ahead of the rows before them, and order is what the outbox keeps.
/// SQLite takes none: its database is a file that one process owns.
/// </summary>
public static class OutboxLeader
{
    /// <summary>The provider whose lock guards <paramref name="db"/>'s outbox; null where none is needed (SQLite).</summary>
    public static DatabaseProvider? LockedOn(ServiceDbContext db) =>
        db.Database.IsNpgsql() ? DatabaseProvider.PostgreSql
        : db.Database.IsSqlServer() ? DatabaseProvider.SqlServer
        : null;

    /// <summary>
    /// The statement that tries the lock in the open transaction and answers true when this transaction holds it now.
    /// PostgreSQL: a transaction-level advisory lock under a 64-bit key. SQL Server: an application lock owned by the
    /// transaction, with no wait (sp_getapplock answers 0 or 1 when granted, a negative number when not).
    /// </summary>
    public static string Statement(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "SELECT pg_try_advisory_xact_lock(@key)",
        DatabaseProvider.SqlServer => """
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 0;
            SELECT CAST(CASE WHEN @result >= 0 THEN 1 ELSE 0 END AS bit);
            """,
        _ => throw new NotSupportedException($"The outbox of {provider} takes no lock."),
    };

    /// <summary>What the lock is named after: the outbox table, which is what the instances share.</summary>
    public static string Resource(ServiceDbContext db) =>
        $"SummitCoordination.Outbox:{db.Model.FindEntityType(typeof(OutboxMessage))!.GetSchemaQualifiedTableName()}";

    /// <summary>
    /// PostgreSQL's advisory locks are named by a number: the first eight bytes of the name's SHA-256, the same in every
    /// process (<see cref="string.GetHashCode()"/> is not).
    /// </summary>
    public static long KeyOf(string resource) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(resource)));

    /// <summary>Tries the lock in <paramref name="db"/>'s open transaction; true when this transaction leads.</summary>
    public static async Task<bool> TryLeadAsync(ServiceDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The outbox's lock belongs to a transaction: open one first.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Statement(provider);
        var resource = Resource(db);
        if (provider == DatabaseProvider.PostgreSql)
        {
            Add(command, "@key", KeyOf(resource));
        }
        else
        {
            Add(command, "@resource", resource);
        }

        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
