using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommitmentsBilingualIdempotent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Commitments",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhatRu",
                table: "Commitments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedStatements_MeetingId",
                table: "PublishedStatements",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_StatementId_IdempotencyKey",
                table: "Commitments",
                columns: new[] { "StatementId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PublishedStatements_MeetingId",
                table: "PublishedStatements");

            migrationBuilder.DropIndex(
                name: "IX_Commitments_StatementId_IdempotencyKey",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "WhatRu",
                table: "Commitments");
        }
    }
}
