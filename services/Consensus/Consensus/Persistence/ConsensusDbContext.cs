using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SummitCoordination.Consensus.Persistence;

public abstract partial class ConsensusDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public const string Service = "Consensus";

    public DbSet<MeetingCopy> Meetings => Set<MeetingCopy>();
    public DbSet<BodyRule> Bodies => Set<BodyRule>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<TextReadiness> Texts => Set<TextReadiness>();
    public DbSet<MeetingRecord> MeetingRecords => Set<MeetingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MeetingCopy>(e =>
        {
            e.ToTableWithId("Meetings");
            e.Property(m => m.BodyName).HasMaxLength(200);
            e.Property(m => m.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(m => m.Format).HasMaxLength(16);
            e.Property(m => m.Partner).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.Chair).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.DecisionRule).HasJsonConversion();
            e.Property(m => m.CoChair).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.Held).HasDefaultValue(false);
            e.Property(m => m.Seated).HasJsonConversion().HasDefaultValueSql("'[]'");
            e.Property(m => m.Public).HasDefaultValue(false);
            e.HasIndex(m => new { m.BodyId, m.StartUtc });
        });
        modelBuilder.Entity<BodyRule>(e =>
        {
            e.ToTableWithId("Bodies");
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(b => b.DecisionRule).HasJsonConversion();
            e.Property(b => b.CorrectionWindowDays).HasDefaultValue(BodyRule.DefaultCorrectionWindowDays);
        });
        MapRecords(modelBuilder);
        modelBuilder.Entity<AgendaItem>(e =>
        {
            e.ToTableWithId("AgendaItems");
            e.Property(i => i.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(i => i.TargetLayer).HasConversion<string>().HasMaxLength(32);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
            e.Property(i => i.Title).HasMaxLength(300);
            e.Property(i => i.Text).HasMaxLength(20000);
            e.Property(i => i.ProposedBy).HasMaxLength(16);
            e.Property(i => i.Admission).HasJsonConversion();
            e.HasIndex(i => new { i.MeetingId, i.Order });
            e.HasIndex(i => new { i.BodyId, i.Status });
            e.OwnsMany(i => i.Positions, p =>
            {
                p.ToTable("AgendaPositions");
                p.WithOwner().HasForeignKey("ItemId");
                p.HasKey("ItemId", nameof(PositionHeld.Party));
                p.Property(x => x.Party).HasMaxLength(PartyCodes.MaxLength);
                p.Property(x => x.Position).HasConversion<string>().HasMaxLength(16);
                p.Property(x => x.Note).HasMaxLength(4000);
            });
            // The history is an append-only log: it is not loaded with the item (writes add to it; reads include it).
            e.HasMany(i => i.History).WithOne().HasForeignKey("ItemId").OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ItemEvent>(h =>
        {
            h.ToTable("AgendaItemHistory");
            h.HasKey(x => x.Id);
            h.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            // A state's code, or the secretariat's mark (AgendaItem.Secretariat) on what it proposed: as wide as ProposedBy.
            h.Property(x => x.Party).HasMaxLength(16);
            h.Property(x => x.Detail).HasMaxLength(2000);
            h.Property(x => x.Note).HasMaxLength(4000);
            h.Property(x => x.Actor).HasMaxLength(200);
            h.HasIndex("ItemId", nameof(ItemEvent.Id));
        });
        modelBuilder.Entity<TextReadiness>(t =>
        {
            t.ToTable("TextReadiness");
            t.HasKey(x => x.StatementId);
            t.Property(x => x.StatementId).ValueGeneratedNever();
            t.Property(x => x.Blocking).HasJsonConversion();
        });
        base.OnModelCreating(modelBuilder);
    }
}

public abstract partial class ConsensusDbContext
{
    /// <summary>The meeting records (Records/): the record, and its speakers' list, reservations and corrections, each their own table.</summary>
    private static void MapRecords(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MeetingRecord>(e =>
        {
            e.ToTableWithId("MeetingRecords");
            e.HasIndex(r => r.MeetingId).IsUnique();
            e.HasIndex(r => new { r.Status, r.WindowClosesUtc });
            e.Property(r => r.MeetingTitle).HasMaxLength(300);
            e.Property(r => r.BodyName).HasMaxLength(200);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Attendance).HasJsonConversion();
            e.Property(r => r.Agenda).HasJsonConversion();
            e.Ignore(r => r.TitleEn);
            e.Ignore(r => r.TitleRu);
            e.OwnsMany(r => r.Statements, s =>
            {
                RecordRows(s, "RecordStatements");
                s.Property(x => x.Speaker).HasMaxLength(200);
                s.Property(x => x.Summary).HasMaxLength(4000);
                s.Property(x => x.SummaryRu).HasMaxLength(4000);
                s.Property(x => x.DocumentSymbol).HasMaxLength(100);
            });
            e.OwnsMany(r => r.Reservations, v =>
            {
                RecordRows(v, "RecordReservations");
                v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
                v.Property(x => x.Text).HasMaxLength(8000);
                v.Property(x => x.TextRu).HasMaxLength(8000);
                v.Property(x => x.Actor).HasMaxLength(200);
            });
            e.OwnsMany(r => r.Corrections, c =>
            {
                RecordRows(c, "RecordCorrections");
                c.Property(x => x.Part).HasConversion<string>().HasMaxLength(16);
                c.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
                c.Property(x => x.Text).HasMaxLength(8000);
                c.Property(x => x.TextRu).HasMaxLength(8000);
                c.Property(x => x.HeadName).HasMaxLength(200);
                c.Property(x => x.HeadRank).HasMaxLength(200);
                c.Property(x => x.Members).HasJsonConversion();
                c.Property(x => x.Reason).HasMaxLength(2000);
                c.Property(x => x.SubmittedBy).HasMaxLength(200);
                c.Property(x => x.AnsweredBy).HasMaxLength(200);
            });
        });
    }

    /// <summary>What every row the record owns shares: its table, the record's key, its own id and the party's code.</summary>
    private static void RecordRows<T>(OwnedNavigationBuilder<MeetingRecord, T> rows, string table)
        where T : class
    {
        rows.ToTable(table);
        rows.WithOwner().HasForeignKey("RecordId");
        rows.HasKey("Id");
        rows.Property<Guid>("Id").ValueGeneratedNever();
        rows.Property<string>("Party").HasMaxLength(PartyCodes.MaxLength);
    }
}

public sealed class SqliteConsensusDbContext(DbContextOptions<SqliteConsensusDbContext> options) : ConsensusDbContext(options);

public sealed class SqlServerConsensusDbContext(DbContextOptions<SqlServerConsensusDbContext> options) : ConsensusDbContext(options);

public sealed class PostgreSqlConsensusDbContext(DbContextOptions<PostgreSqlConsensusDbContext> options) : ConsensusDbContext(options);
