using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "Statements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ParagraphHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Bracket = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    AdReferendum = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Part = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WasNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    English = table.Column<string>(type: "TEXT", nullable: true),
                    Russian = table.Column<string>(type: "TEXT", nullable: true),
                    TranslationPending = table.Column<bool>(type: "INTEGER", nullable: false)
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
