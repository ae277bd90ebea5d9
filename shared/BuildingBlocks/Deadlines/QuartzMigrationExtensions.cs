using Microsoft.EntityFrameworkCore.Migrations;
using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Deadlines;

public static class QuartzMigrationExtensions
{
    /// <summary>Creates Quartz's job-store tables inside a service's migration, from the Quartz package's own DDL.</summary>
    public static void CreateQuartzStore(this MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        foreach (var statement in QuartzSchema.Statements(provider))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
