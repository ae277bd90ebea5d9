using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatementLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthenticLanguages",
                table: "Statements",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AuthenticLanguages",
                table: "PublishedStatements",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OtherLanguages",
                table: "PublishedStatements",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "StatementTranslations",
                columns: table => new
                {
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementTranslations", x => new { x.StatementId, x.Language });
                    table.ForeignKey(
                        name: "FK_StatementTranslations_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatementTranslations");

            migrationBuilder.DropColumn(
                name: "AuthenticLanguages",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "AuthenticLanguages",
                table: "PublishedStatements");

            migrationBuilder.DropColumn(
                name: "OtherLanguages",
                table: "PublishedStatements");
        }
    }
}
