using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TurnKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TurnKept",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TurnKept",
                table: "Meetings");
        }
    }
}
