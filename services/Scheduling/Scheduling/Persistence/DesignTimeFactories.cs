using Microsoft.EntityFrameworkCore.Design;

namespace SummitCoordination.Scheduling.Persistence;

public sealed class SqliteSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchedulingDbContext>
{
    public SqliteSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteSchedulingDbContext>(SchedulingDbContext.Service));
}

public sealed class SqlServerSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSchedulingDbContext>
{
    public SqlServerSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerSchedulingDbContext>(SchedulingDbContext.Service));
}

public sealed class PostgreSqlSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSchedulingDbContext>
{
    public PostgreSqlSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.PostgreSql<PostgreSqlSchedulingDbContext>(SchedulingDbContext.Service));
}
