using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Consensus.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemHistoryLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItemHistory_ItemId",
                table: "AgendaItemHistory");

            migrationBuilder.AlterColumn<Guid>(
                name: "ItemId",
                table: "AgendaItemHistory",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemHistory_ItemId_Id",
                table: "AgendaItemHistory",
                columns: new[] { "ItemId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItemHistory_ItemId_Id",
                table: "AgendaItemHistory");

            migrationBuilder.AlterColumn<Guid>(
                name: "ItemId",
                table: "AgendaItemHistory",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemHistory_ItemId",
                table: "AgendaItemHistory",
                column: "ItemId");
        }
    }
}
