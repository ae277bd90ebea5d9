using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace SummitCoordination.Web;

/// <summary>
/// What the web instances share: the data-protection keys and the signed-in people's sessions (no migrations: two tables
/// that never change, made at start by <see cref="DataProtectionKeysSchema"/>).
/// </summary>
public sealed class DataProtectionKeysContext(DbContextOptions<DataProtectionKeysContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<WebSession> WebSessions => Set<WebSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebSession>(e =>
        {
            e.ToTable("WebSessions");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(128);
        });
    }
}
