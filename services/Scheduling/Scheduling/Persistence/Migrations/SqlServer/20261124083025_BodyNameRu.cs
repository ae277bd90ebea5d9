using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BodyNameRu : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameRu",
                table: "Bodies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameRu",
                table: "Bodies");
        }
    }
}
