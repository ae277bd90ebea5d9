namespace SummitCoordination.BuildingBlocks.Deadlines;

public static class QuartzMigrationExtensions
{
    /// <summary>
    /// Creates Quartz's job-store tables inside a service's migration from the copy of one Quartz version's DDL kept
    /// in this repository (never from the installed package, so that the migration does the same thing for ever).
    /// </summary>
    public static void CreateQuartzStore(this MigrationBuilder migrationBuilder, DatabaseProvider provider, string quartzVersion)
    {
        foreach (var statement in QuartzSchema.Statements(provider, quartzVersion))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
