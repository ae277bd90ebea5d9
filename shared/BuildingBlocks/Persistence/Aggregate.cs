namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate root with a portable optimistic-concurrency token: SQLite has no rowversion, so
/// <see cref="ServiceDbContext"/> increments <see cref="Version"/> on every save and EF checks it.
/// </summary>
public abstract class Aggregate
{
    public long Version { get; internal set; }
}
