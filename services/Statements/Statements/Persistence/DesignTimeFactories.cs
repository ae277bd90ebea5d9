namespace SummitCoordination.Statements.Persistence;

public sealed class SqliteStatementsDesignTimeFactory() : DesignTimeFactory<SqliteStatementsDbContext>(DatabaseProvider.Sqlite, StatementsDbContext.Service, o => new(o));

public sealed class SqlServerStatementsDesignTimeFactory() : DesignTimeFactory<SqlServerStatementsDbContext>(DatabaseProvider.SqlServer, StatementsDbContext.Service, o => new(o));

public sealed class PostgreSqlStatementsDesignTimeFactory() : DesignTimeFactory<PostgreSqlStatementsDbContext>(DatabaseProvider.PostgreSql, StatementsDbContext.Service, o => new(o));
