using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Drafting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Chair",
                table: "Meetings",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CoChair",
                table: "Meetings",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConcludedUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgainstVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    English = table.Column<string>(type: "TEXT", nullable: true),
                    Russian = table.Column<string>(type: "TEXT", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResultingVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Parties = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PartyCodes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updates = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Consensus = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    HostParty = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MeetingStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Signatories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SignatoryList = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    English = table.Column<string>(type: "TEXT", nullable: false),
                    EnglishHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Russian = table.Column<string>(type: "TEXT", nullable: true),
                    RussianHtml = table.Column<string>(type: "TEXT", nullable: true),
                    HasRussian = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AdoptedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectsSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CorrectedBy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InPlaceOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BlockedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BlockedAtMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotAdoptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChairmansStatementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdoptedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Signatories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AdoptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmbargoUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatementVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    English = table.Column<string>(type: "TEXT", nullable: false),
                    EnglishHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Russian = table.Column<string>(type: "TEXT", nullable: true),
                    RussianHtml = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmendmentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementVersions", x => new { x.StatementId, x.Number });
                    table.ForeignKey(
                        name: "FK_StatementVersions_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_StatementId",
                table: "Amendments",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_StatementId",
                table: "Commitments",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedStatements_PublishedUtc",
                table: "PublishedStatements",
                column: "PublishedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedStatements_Slug",
                table: "PublishedStatements",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedStatements_UpdatedUtc",
                table: "PublishedStatements",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ItemId",
                table: "Statements",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_MeetingId",
                table: "Statements",
                column: "MeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "PublishedStatements");

            migrationBuilder.DropTable(
                name: "StatementVersions");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropColumn(
                name: "Chair",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CoChair",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ConcludedUtc",
                table: "Meetings");
        }
    }
}
