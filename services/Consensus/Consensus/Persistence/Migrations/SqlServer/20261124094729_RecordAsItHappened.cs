using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Consensus.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RecordAsItHappened : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Partner",
                table: "Meetings",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(8)",
                oldMaxLength: 8,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CoChair",
                table: "Meetings",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(8)",
                oldMaxLength: 8,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Chair",
                table: "Meetings",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(8)",
                oldMaxLength: 8);

            migrationBuilder.AddColumn<string>(
                name: "Deciders",
                table: "Meetings",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "Held",
                table: "Meetings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Party",
                table: "AgendaPositions",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(8)",
                oldMaxLength: 8);

            // Meetings copied before deciding sets travelled on the wire were decided by the five members (plus partner X)
            // that the code then listed; their copies keep that set. New meetings carry theirs, computed from the standings.
            migrationBuilder.Sql("""
                UPDATE [Meetings] SET [Deciders] = CASE WHEN [Partner] IS NULL THEN N'["KAZ","KGZ","TJK","TKM","UZB"]' ELSE N'["KAZ","KGZ","TJK","TKM","UZB","' + [Partner] + N'"]' END;
                """);

            migrationBuilder.AddColumn<string>(
                name: "Admission",
                table: "AgendaItems",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Party",
                table: "AgendaItemHistory",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(8)",
                oldMaxLength: 8,
                oldNullable: true);
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

            migrationBuilder.AlterColumn<string>(
                name: "Partner",
                table: "Meetings",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CoChair",
                table: "Meetings",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Chair",
                table: "Meetings",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10);

            migrationBuilder.AlterColumn<string>(
                name: "Party",
                table: "AgendaPositions",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10);

            migrationBuilder.AlterColumn<string>(
                name: "Party",
                table: "AgendaItemHistory",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(10)",
                oldMaxLength: 10,
                oldNullable: true);
        }
    }
}
