using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Register : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Symbol",
                table: "PublishedStatements",
                type: "character varying(160)",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BodyId",
                table: "Meetings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyName",
                table: "Meetings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RegisterBodies",
                columns: table => new
                {
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pattern = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterBodies", x => x.BodyId);
                });

            migrationBuilder.CreateTable(
                name: "RegisterDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Symbol = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    BaseSymbol = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Series = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Suffix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SuffixNumber = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersededBySymbol = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    BodyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    ItemTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    RecipientCodes = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DerestrictOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DerestrictedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterFiles_RegisterDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "RegisterDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_BaseSymbol",
                table: "RegisterDocuments",
                column: "BaseSymbol");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_BodyId_Year_Series",
                table: "RegisterDocuments",
                columns: new[] { "BodyId", "Year", "Series" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_DocumentDate",
                table: "RegisterDocuments",
                column: "DocumentDate");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_MeetingId",
                table: "RegisterDocuments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_StatementId",
                table: "RegisterDocuments",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterDocuments_Symbol",
                table: "RegisterDocuments",
                column: "Symbol",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterFiles_DocumentId_Language_Version",
                table: "RegisterFiles",
                columns: new[] { "DocumentId", "Language", "Version" },
                unique: true);

            // Full-text search (DocumentSearch.FullText): a generated tsvector of each document's normalised text, GIN-indexed.
            migrationBuilder.Sql("""
                ALTER TABLE "RegisterDocuments" ADD "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("SearchText", ''))) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_RegisterDocuments_SearchVector" ON "RegisterDocuments" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_RegisterDocuments_SearchVector";""");

            migrationBuilder.DropTable(
                name: "RegisterBodies");

            migrationBuilder.DropTable(
                name: "RegisterFiles");

            migrationBuilder.DropTable(
                name: "RegisterDocuments");

            migrationBuilder.DropColumn(
                name: "Symbol",
                table: "PublishedStatements");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "BodyName",
                table: "Meetings");
        }
    }
}
