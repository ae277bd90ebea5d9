namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>Configuration <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
