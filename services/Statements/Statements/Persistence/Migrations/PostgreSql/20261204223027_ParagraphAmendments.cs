using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ParagraphAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ParagraphId",
                table: "Amendments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Span",
                table: "Amendments",
                type: "character varying(24000)",
                maxLength: 24000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ParagraphId",
                table: "Amendments");

            migrationBuilder.DropColumn(
                name: "Span",
                table: "Amendments");
        }
    }
}
