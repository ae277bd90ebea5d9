using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.PostgreSql
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AuthenticLanguages",
                table: "PublishedStatements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OtherLanguages",
                table: "PublishedStatements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "StatementTranslations",
                columns: table => new
                {
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
