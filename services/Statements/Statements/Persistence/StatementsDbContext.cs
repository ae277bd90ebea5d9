namespace SummitCoordination.Statements.Persistence;

public abstract class StatementsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public const string Service = "Statements";

    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<StatementMeeting> Meetings => Set<StatementMeeting>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Amendment> Amendments => Set<Amendment>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<PublishedStatement> Published => Set<PublishedStatement>();

    public DbSet<StatementTranslation> Translations => Set<StatementTranslation>();

    public DbSet<SlugCounter> SlugCounters => Set<SlugCounter>();

    public DbSet<RegisteredDocument> Documents => Set<RegisteredDocument>();

    public DbSet<RegisterBody> RegisterBodies => Set<RegisterBody>();

    /// <summary>Whether this unit of work changes what observers read (a publication, a commitment): see <see cref="PublicDataChangedInterceptor"/>.</summary>
    public bool TouchesPublicData()
    {
        ChangeTracker.DetectChanges();
        return ChangeTracker.Entries()
            .Any(e => e.Entity is PublishedStatement or Commitment && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StatementMeeting>(e =>
        {
            e.ToTableWithId("Meetings");
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.Format).HasMaxLength(16);
            e.Property(m => m.Partner).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(m => m.HostParty).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.City).HasMaxLength(100);
            e.Property(m => m.Chair).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.CoChair).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.Held).HasDefaultValue(false);
            e.Property(m => m.BodyName).HasMaxLength(300).HasDefaultValue("");
        });

        modelBuilder.Entity<Instrument>(e =>
        {
            e.ToTableWithId("Instruments");
            e.Property(i => i.Title).HasMaxLength(300);
            e.Property(i => i.TitleRu).HasMaxLength(300);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Rule).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(24);
            e.HasIndex(i => i.MeetingId);
            e.OwnsMany(i => i.Parties, p =>
            {
                p.ToTable("InstrumentParties");
                p.WithOwner().HasForeignKey("InstrumentId");
                p.HasKey("InstrumentId", nameof(InstrumentParty.Party));
                p.Property(x => x.Party).HasMaxLength(PartyCodes.MaxLength);
            });
            e.Navigation(i => i.Parties).AutoInclude();
        });

        modelBuilder.Entity<Statement>(e =>
        {
            e.ToTableWithId("Statements");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Title).HasMaxLength(300);
            e.Property(s => s.TitleRu).HasMaxLength(300);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.Property(s => s.ContentHash).HasMaxLength(64);
            e.Property(s => s.Slug).HasMaxLength(200);
            e.Property(s => s.Signatories).HasJsonConversion().HasMaxLength(400);
            e.Property(s => s.AuthenticLanguages).HasJsonConversion().HasMaxLength(100);
            e.HasIndex(s => s.MeetingId);
            e.HasIndex(s => s.ItemId);
            e.OwnsMany(s => s.Versions, v =>
            {
                v.ToTable("StatementVersions");
                v.WithOwner().HasForeignKey("StatementId");
                v.HasKey("StatementId", nameof(StatementVersion.Number));
                v.Property(x => x.Number).ValueGeneratedNever();
                v.Property(x => x.Author).HasMaxLength(100);
                v.OwnsMany(x => x.Paragraphs, p =>
                {
                    p.ToTable("StatementParagraphs");
                    p.WithOwner().HasForeignKey("StatementId", "VersionNumber");
                    p.HasKey("StatementId", "VersionNumber", nameof(Paragraph.Position));
                    p.Property(x => x.Position).ValueGeneratedNever();
                    p.Property(x => x.Part).HasConversion<string>().HasMaxLength(16);
                    p.Property(x => x.Number).HasMaxLength(16);
                    p.Property(x => x.WasNumber).HasMaxLength(16);
                    p.Ignore(x => x.Label);
                });
            });
            e.Navigation(s => s.Versions).AutoInclude();
            e.OwnsMany(s => s.Standings, p =>
            {
                p.ToTable("ParagraphStandings");
                p.WithOwner().HasForeignKey("StatementId");
                p.HasKey("StatementId", nameof(ParagraphStanding.ParagraphId));
                p.Property(x => x.ParagraphId).ValueGeneratedNever();
                p.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
                p.Property(x => x.Bracket).HasJsonConversion().HasMaxLength(4000);
                p.Property(x => x.Options).HasJsonConversion();
                p.Property(x => x.AdReferendum).HasJsonConversion().HasMaxLength(400);
                p.Property(x => x.ChangedBy).HasMaxLength(100);
                p.Ignore(x => x.HasOpenOptions);
            });
            e.OwnsMany(s => s.Reservations, r =>
            {
                r.ToTable("ParagraphReservations");
                r.WithOwner().HasForeignKey("StatementId");
                r.HasKey("StatementId", nameof(Reservation.ParagraphId), nameof(Reservation.Party));
                r.Property(x => x.Party).HasMaxLength(PartyCodes.MaxLength);
                r.Property(x => x.Note).HasMaxLength(4000);
                r.Property(x => x.Actor).HasMaxLength(100);
            });
            // The paragraph history is an append-only log: not loaded with the statement (writes add to it; reads query it).
            e.HasMany(s => s.ParagraphHistory).WithOne().HasForeignKey("StatementId").OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.SourceParagraphs).HasJsonConversion().HasMaxLength(8000);
        });

        modelBuilder.Entity<ParagraphEvent>(h =>
        {
            h.ToTable("ParagraphHistory");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Number).HasMaxLength(40);
            h.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            h.Property(x => x.Party).HasMaxLength(PartyCodes.MaxLength);
            h.Property(x => x.Detail).HasMaxLength(2000);
            h.Property(x => x.Actor).HasMaxLength(100);
            h.HasIndex("StatementId", nameof(ParagraphEvent.AtUtc));
        });

        modelBuilder.Entity<Amendment>(e =>
        {
            e.ToTableWithId("Amendments");
            e.Property(a => a.Party).HasMaxLength(PartyCodes.MaxLength);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Explanation).HasMaxLength(4000);
            e.Property(a => a.Reason).HasMaxLength(4000);
            e.Property(a => a.ProposedBy).HasMaxLength(100);
            e.Property(a => a.ResolvedBy).HasMaxLength(100);
            e.Property(a => a.Span).HasJsonConversion().HasMaxLength(24000);
            e.HasIndex(a => a.StatementId);
        });

        modelBuilder.Entity<Commitment>(e =>
        {
            e.ToTableWithId("Commitments");
            e.Property(c => c.What).HasMaxLength(2000);
            e.Property(c => c.WhatRu).HasMaxLength(2000);
            e.Property(c => c.IdempotencyKey).HasMaxLength(CommitmentEndpoints.MaxIdempotencyKey);
            e.HasIndex(c => new { c.StatementId, c.IdempotencyKey }).IsUnique();
            e.Property(c => c.Parties).HasJsonConversion().HasMaxLength(400);
            e.Property(c => c.PartyCodes).HasMaxLength(400);
            e.Property(c => c.Progress).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Evidence).HasMaxLength(4000);
            e.Property(c => c.Updates).HasJsonConversion();
            e.Ignore(c => c.Status);
            e.Ignore(c => c.DeliveredLate);
            e.HasIndex(c => c.StatementId);
        });

        modelBuilder.Entity<PublishedStatement>(e =>
        {
            e.ToTableWithId("PublishedStatements");
            e.Property(p => p.Slug).HasMaxLength(200);
            e.HasIndex(p => p.Slug).IsUnique();
            e.HasIndex(p => p.PublishedUtc);
            e.HasIndex(p => p.UpdatedUtc);
            e.HasIndex(p => p.MeetingId);
            e.Property(p => p.Kind).HasMaxLength(32);
            e.Property(p => p.Title).HasMaxLength(300);
            e.Property(p => p.TitleRu).HasMaxLength(300);
            e.Property(p => p.MeetingTitle).HasMaxLength(300);
            e.Property(p => p.Format).HasMaxLength(16);
            e.Property(p => p.Partner).HasMaxLength(PartyCodes.MaxLength);
            e.Property(p => p.HostParty).HasMaxLength(PartyCodes.MaxLength);
            e.Property(p => p.City).HasMaxLength(100);
            e.Property(p => p.Signatories).HasMaxLength(400);
            e.Property(p => p.SignatoryList).HasJsonConversion().HasMaxLength(400);
            e.Property(p => p.ContentHash).HasMaxLength(64);
            e.Property(p => p.CorrectsSlug).HasMaxLength(200);
            e.Property(p => p.Symbol).HasMaxLength(RegisterLimits.Symbol);
            e.Property(p => p.CorrectedBy).HasJsonConversion().HasMaxLength(2000);
            e.Property(p => p.OtherLanguages).HasMaxLength(100);
            e.Property(p => p.AuthenticLanguages).HasJsonConversion().HasMaxLength(100);
        });
        modelBuilder.Entity<StatementTranslation>(e =>
        {
            e.ToTable("StatementTranslations");
            e.HasKey(t => new { t.StatementId, t.Language });
            e.Property(t => t.Language).HasMaxLength(8);
            e.Property(t => t.Title).HasMaxLength(300);
            e.Property(t => t.UpdatedBy).HasMaxLength(100);
            e.HasOne<Statement>().WithMany().HasForeignKey(t => t.StatementId);
        });
        modelBuilder.Entity<RegisteredDocument>(e =>
        {
            e.ToTableWithId("RegisterDocuments");
            e.Property(d => d.Symbol).HasMaxLength(RegisterLimits.Symbol);
            e.HasIndex(d => d.Symbol).IsUnique();
            e.Property(d => d.BaseSymbol).HasMaxLength(RegisterLimits.Symbol);
            e.HasIndex(d => d.BaseSymbol);
            e.Property(d => d.Series).HasMaxLength(8);
            e.Property(d => d.Suffix).HasConversion<string>().HasMaxLength(8);
            e.Property(d => d.SupersededBySymbol).HasMaxLength(RegisterLimits.Symbol);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(d => d.Title).HasMaxLength(300);
            e.Property(d => d.TitleRu).HasMaxLength(300);
            e.Property(d => d.BodyName).HasMaxLength(300);
            e.Property(d => d.ItemTitle).HasMaxLength(300);
            e.Property(d => d.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Recipients).HasJsonConversion().HasMaxLength(600);
            e.Property(d => d.RecipientCodes).HasMaxLength(600);
            e.Property(d => d.CreatedBy).HasMaxLength(100);
            e.Property(d => d.SearchText);
            e.Property(d => d.Text);
            e.HasIndex(d => new { d.BodyId, d.Year, d.Series });
            e.HasIndex(d => d.MeetingId);
            e.HasIndex(d => d.DocumentDate);
            e.HasIndex(d => d.StatementId);
            e.Ignore(d => d.DerestrictAtUtc);
            e.Ignore(d => d.Current);
            e.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DocumentFile>(e =>
        {
            e.ToTableWithId("RegisterFiles");
            e.Property(f => f.Language).HasMaxLength(8);
            e.HasIndex(f => new { f.DocumentId, f.Language, f.Version }).IsUnique();
            e.Property(f => f.FileName).HasMaxLength(200);
            e.Property(f => f.Format).HasConversion<string>().HasMaxLength(8);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.Property(f => f.StorageKey).HasMaxLength(200);
            e.Property(f => f.UploadedBy).HasMaxLength(100);
            e.Ignore(f => f.MediaType);
        });
        modelBuilder.Entity<RegisterBody>(e =>
        {
            e.ToTable("RegisterBodies");
            e.HasKey(b => b.BodyId);
            e.Property(b => b.BodyId).ValueGeneratedNever();
            e.Property(b => b.Pattern).HasMaxLength(SymbolPattern.MaxLength);
            e.Property(b => b.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<SlugCounter>(e =>
        {
            e.ToTable("SlugCounters");
            e.HasKey(c => c.Base);
            e.Property(c => c.Base).HasMaxLength(200);
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class SqliteStatementsDbContext(DbContextOptions<SqliteStatementsDbContext> options) : StatementsDbContext(options);

public sealed class SqlServerStatementsDbContext(DbContextOptions<SqlServerStatementsDbContext> options) : StatementsDbContext(options);

public sealed class PostgreSqlStatementsDbContext(DbContextOptions<PostgreSqlStatementsDbContext> options) : StatementsDbContext(options);
