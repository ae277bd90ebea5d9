using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Consensus.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Public",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Seated",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<int>(
                name: "CorrectionWindowDays",
                table: "Bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 7);

            // Meetings copied before this migration: those announced or recorded as held are public (a record finalised for them is General).
            migrationBuilder.Sql("UPDATE \"Meetings\" SET \"Public\" = 1 WHERE \"Status\" = 'Announced' OR \"Held\" = 1;");

            migrationBuilder.CreateTable(
                name: "MeetingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DraftedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WindowClosesUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalisedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Part = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    TextRu = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeadRank = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Members = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordCorrections_MeetingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "MeetingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordReservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    TextRu = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordReservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordReservations_MeetingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "MeetingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SummaryRu = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DocumentSymbol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordStatements_MeetingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "MeetingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRecords_MeetingId",
                table: "MeetingRecords",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRecords_Status_WindowClosesUtc",
                table: "MeetingRecords",
                columns: new[] { "Status", "WindowClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordCorrections_RecordId",
                table: "RecordCorrections",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordReservations_RecordId",
                table: "RecordReservations",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordStatements_RecordId",
                table: "RecordStatements",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordCorrections");

            migrationBuilder.DropTable(
                name: "RecordReservations");

            migrationBuilder.DropTable(
                name: "RecordStatements");

            migrationBuilder.DropTable(
                name: "MeetingRecords");

            migrationBuilder.DropColumn(
                name: "Public",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Seated",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CorrectionWindowDays",
                table: "Bodies");
        }
    }
}
