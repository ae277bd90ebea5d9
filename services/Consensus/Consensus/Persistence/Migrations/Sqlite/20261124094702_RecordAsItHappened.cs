using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Consensus.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordAsItHappened : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Deciders",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "Held",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Meetings copied before deciding sets travelled on the wire were decided by the five members (plus partner X)
            // that the code then listed; their copies keep that set. New meetings carry theirs, computed from the standings.
            migrationBuilder.Sql("""
                UPDATE "Meetings" SET "Deciders" = CASE WHEN "Partner" IS NULL THEN '["KAZ","KGZ","TJK","TKM","UZB"]' ELSE '["KAZ","KGZ","TJK","TKM","UZB","' || "Partner" || '"]' END;
                """);

            migrationBuilder.AddColumn<string>(
                name: "Admission",
                table: "AgendaItems",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Deciders",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Held",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Admission",
                table: "AgendaItems");
        }
    }
}
