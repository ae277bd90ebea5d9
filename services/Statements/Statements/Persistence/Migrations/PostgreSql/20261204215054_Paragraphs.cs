using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.PostgreSql
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
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "Statements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ParagraphHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParagraphId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Party = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    ParagraphId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    ParagraphId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Bracket = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Options = table.Column<string>(type: "text", nullable: false),
                    AdReferendum = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Part = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WasNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    English = table.Column<string>(type: "text", nullable: true),
                    Russian = table.Column<string>(type: "text", nullable: true),
                    TranslationPending = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementParagraphs", x => new { x.StatementId, x.VersionNumber, x.Position });
                    table.ForeignKey(
                        name: "FK_StatementParagraphs_StatementVersions_StatementId_VersionNu~",
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
