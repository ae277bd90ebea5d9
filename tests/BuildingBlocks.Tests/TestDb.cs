using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Tests;

public sealed class Tally
{
    public string Name { get; set; } = "";
    public int Count { get; set; }
}

/// <summary>An aggregate of the smallest kind, to show the portable concurrency token at work.</summary>
public sealed class Counter : Aggregate
{
    public string Name { get; set; } = "";
    public int Value { get; set; }
}

/// <summary>A service database of the smallest kind: one table, plus the outbox and inbox every service has.</summary>
public sealed class TestDb(DbContextOptions<TestDb> options) : ServiceDbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    public DbSet<Counter> Counters => Set<Counter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tally>().HasKey(t => t.Name);
        modelBuilder.Entity<Counter>().HasKey(c => c.Name);
        base.OnModelCreating(modelBuilder);
    }

    public static DbContextOptions<TestDb> Options(string file) =>
        new DbContextOptionsBuilder<TestDb>().UseSqlite($"Data Source={file}").Options;
}
