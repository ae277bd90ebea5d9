using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Persistence;

#nullable disable

namespace SummitCoordination.Statements.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz's job store lives in this database too, so that deadlines survive a restart.
            migrationBuilder.CreateQuartzStore(DatabaseProvider.SqlServer, quartzVersion: "4.7.3");

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgainstVersion = table.Column<int>(type: "int", nullable: false),
                    Party = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    English = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Russian = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Explanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ResultingVersion = table.Column<int>(type: "int", nullable: true),
                    ProposedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ProposedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ResolvedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    What = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WhatRu = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Parties = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PartyCodes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Progress = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Overdue = table.Column<bool>(type: "bit", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Updates = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RatificationsNeeded = table.Column<int>(type: "int", nullable: true),
                    DaysAfter = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    InForceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Partner = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Layer = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    HostParty = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Parties = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Chair = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CoChair = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ConcludedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Held = table.Column<bool>(type: "bit", nullable: false, defaultValue: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    TraceParent = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ParkedMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    ParkedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkedMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Consensus = table.Column<bool>(type: "bit", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingTitle = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Partner = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    HostParty = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MeetingStartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Signatories = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SignatoryList = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    English = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EnglishHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Russian = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RussianHtml = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HasRussian = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AdoptedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CorrectsSlug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CorrectedBy = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugCounters",
                columns: table => new
                {
                    Base = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugCounters", x => x.Base);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InPlaceOfId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BlockedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BlockedAtMeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NotAdoptedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChairmansStatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AdoptedVersion = table.Column<int>(type: "int", nullable: true),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Signatories = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    AdoptedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EmbargoUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentParties",
                columns: table => new
                {
                    Party = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RatifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InForceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InForce = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentParties", x => new { x.InstrumentId, x.Party });
                    table.ForeignKey(
                        name: "FK_InstrumentParties_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatementVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    English = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EnglishHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Russian = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RussianHtml = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Author = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AmendmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                name: "IX_Commitments_StatementId_IdempotencyKey",
                table: "Commitments",
                columns: new[] { "StatementId", "IdempotencyKey" },
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_MeetingId",
                table: "Instruments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentUtc_Sequence",
                table: "OutboxMessages",
                columns: new[] { "SentUtc", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkedMessages_MessageId_Consumer",
                table: "ParkedMessages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedStatements_MeetingId",
                table: "PublishedStatements",
                column: "MeetingId");

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
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "InstrumentParties");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ParkedMessages");

            migrationBuilder.DropTable(
                name: "PublishedStatements");

            migrationBuilder.DropTable(
                name: "SlugCounters");

            migrationBuilder.DropTable(
                name: "StatementVersions");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropTable(
                name: "Statements");
        }
    }
}
