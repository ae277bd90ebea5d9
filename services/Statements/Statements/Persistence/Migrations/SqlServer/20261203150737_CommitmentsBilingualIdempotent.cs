using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.SqlServer
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhatRu",
                table: "Commitments",
                type: "nvarchar(2000)",
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
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");
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
