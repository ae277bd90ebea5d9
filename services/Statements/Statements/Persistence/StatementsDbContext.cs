using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Statements.Meetings;

namespace SummitCoordination.Statements.Persistence;

public abstract class StatementsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public const string Service = "Statements";

    public DbSet<StatementMeeting> Meetings => Set<StatementMeeting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StatementMeeting>(e =>
        {
            e.ToTable("Meetings");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.Format).HasMaxLength(16);
            e.Property(m => m.Partner).HasMaxLength(8);
            e.Property(m => m.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(m => m.HostParty).HasMaxLength(8);
            e.Property(m => m.City).HasMaxLength(100);
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class SqliteStatementsDbContext(DbContextOptions<SqliteStatementsDbContext> options) : StatementsDbContext(options);

public sealed class SqlServerStatementsDbContext(DbContextOptions<SqlServerStatementsDbContext> options) : StatementsDbContext(options);

public sealed class SqliteStatementsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStatementsDbContext>
{
    public SqliteStatementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteStatementsDbContext>(StatementsDbContext.Service));
}

public sealed class SqlServerStatementsDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerStatementsDbContext>
{
    public SqlServerStatementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerStatementsDbContext>(StatementsDbContext.Service));
}
