namespace SummitCoordination.Scheduling.Persistence;

public sealed class SqliteSchedulingDesignTimeFactory() : DesignTimeFactory<SqliteSchedulingDbContext>(DatabaseProvider.Sqlite, SchedulingDbContext.Service, o => new(o));

public sealed class SqlServerSchedulingDesignTimeFactory() : DesignTimeFactory<SqlServerSchedulingDbContext>(DatabaseProvider.SqlServer, SchedulingDbContext.Service, o => new(o));

public sealed class PostgreSqlSchedulingDesignTimeFactory() : DesignTimeFactory<PostgreSqlSchedulingDbContext>(DatabaseProvider.PostgreSql, SchedulingDbContext.Service, o => new(o));
