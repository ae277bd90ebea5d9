using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BodyId",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyName",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RegisterBodies",
                columns: table => new
                {
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterBodies", x => x.BodyId);
                });

            migrationBuilder.CreateTable(
                name: "RegisterDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    BaseSymbol = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Suffix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SuffixNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededBySymbol = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ItemTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    RecipientCodes = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DerestrictOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DerestrictedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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

            // Full-text search (DocumentSearch.FullText): an FTS5 table of each document's normalised text, kept by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "RegisterSearch" USING fts5("DocumentId" UNINDEXED, "SearchText", tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "RegisterSearch_Insert" AFTER INSERT ON "RegisterDocuments" BEGIN
                    INSERT INTO "RegisterSearch" ("DocumentId", "SearchText") VALUES (NEW."Id", NEW."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "RegisterSearch_Update" AFTER UPDATE OF "SearchText" ON "RegisterDocuments" BEGIN
                    UPDATE "RegisterSearch" SET "SearchText" = NEW."SearchText" WHERE "DocumentId" = NEW."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "RegisterSearch_Delete" AFTER DELETE ON "RegisterDocuments" BEGIN
                    DELETE FROM "RegisterSearch" WHERE "DocumentId" = OLD."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "RegisterSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "RegisterSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "RegisterSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "RegisterSearch";""");

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
