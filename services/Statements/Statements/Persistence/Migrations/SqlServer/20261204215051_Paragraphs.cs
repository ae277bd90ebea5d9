using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    /// <summary>
    /// Issue 22: paragraphs per version, their standings, reservations and history. A statement kept from before has no
    /// source paragraphs ("[]", the JSON of none); its versions are split into paragraphs by the data step run at start
    /// (<c>WholeTextSplit</c>), which works the same on every provider.
    /// </summary>
    public partial class Paragraphs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceParagraphs",
                table: "Statements",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "Statements",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ParagraphHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParagraphId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Party = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParagraphHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParagraphHistory_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParagraphReservations",
                columns: table => new
                {
                    ParagraphId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Party = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParagraphReservations", x => new { x.StatementId, x.ParagraphId, x.Party });
                    table.ForeignKey(
                        name: "FK_ParagraphReservations_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParagraphStandings",
                columns: table => new
                {
                    ParagraphId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Bracket = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Options = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AdReferendum = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParagraphStandings", x => new { x.StatementId, x.ParagraphId });
                    table.ForeignKey(
                        name: "FK_ParagraphStandings_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatementParagraphs",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Part = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    WasNumber = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    English = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Russian = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TranslationPending = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementParagraphs", x => new { x.StatementId, x.VersionNumber, x.Position });
                    table.ForeignKey(
                        name: "FK_StatementParagraphs_StatementVersions_StatementId_VersionNumber",
                        columns: x => new { x.StatementId, x.VersionNumber },
                        principalTable: "StatementVersions",
                        principalColumns: new[] { "StatementId", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParagraphHistory_StatementId_AtUtc",
                table: "ParagraphHistory",
                columns: new[] { "StatementId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParagraphHistory");

            migrationBuilder.DropTable(
                name: "ParagraphReservations");

            migrationBuilder.DropTable(
                name: "ParagraphStandings");

            migrationBuilder.DropTable(
                name: "StatementParagraphs");

            migrationBuilder.DropColumn(
                name: "SourceParagraphs",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "Statements");
        }
    }
}
