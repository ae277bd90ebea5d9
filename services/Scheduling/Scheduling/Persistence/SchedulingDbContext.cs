namespace SummitCoordination.Scheduling.Persistence;

public abstract class SchedulingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public const string Service = "Scheduling";

    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Format> Formats => Set<Format>();

    public DbSet<Standing> Standings => Set<Standing>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SummitPlan> SummitPlans => Set<SummitPlan>();
    public DbSet<Calendars.CalendarSubscription> CalendarSubscriptions => Set<Calendars.CalendarSubscription>();
    public DbSet<People.Person> People => Set<People.Person>();
    public DbSet<Mail.MailNotice> MailNotices => Set<Mail.MailNotice>();
    public DbSet<Mail.QueuedMail> QueuedMails => Set<Mail.QueuedMail>();
    public DbSet<Mail.MailKey> MailKeys => Set<Mail.MailKey>();

    /// <summary>
    /// Every message put in an inbox is announced with it (same transaction, through the outbox), so open pages hear of it;
    /// and goes on its way to the mailboxes of the people who asked for its kind (issue 23), in the same transaction too.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var added = ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var notification in added)
        {
            Raise(new Contracts.NotificationAdded(notification.Id, notification.Party, notification.MeetingId, notification.Kind, notification.Message,
                notification.CreatedUtc), notification.CreatedUtc);
        }

        if (added.Count > 0)
        {
            await Mail.MailFanOut.AddNoticesAsync(this, added, cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Calendars.CalendarSubscription>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.TokenHash).HasMaxLength(64);
            e.HasIndex(s => s.TokenHash).IsUnique();
            e.Property(s => s.Feed).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Target).HasMaxLength(64);
            e.Property(s => s.Owner).HasMaxLength(200);
            e.HasIndex(s => s.Owner);
            e.Property(s => s.Role).HasMaxLength(16);
            e.Property(s => s.Party).HasMaxLength(PartyCodes.MaxLength);
        });
        modelBuilder.Entity<Party>(e =>
        {
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(PartyCodes.MaxLength);
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.NameEn).HasMaxLength(200);
            e.Property(p => p.NameRu).HasMaxLength(200);
            e.Property(p => p.Capital).HasMaxLength(100);
            e.Property(p => p.TimeZone).HasMaxLength(64);
        });
        modelBuilder.Entity<Standing>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.Party).HasMaxLength(PartyCodes.MaxLength);
            e.Property(s => s.Format).HasMaxLength(16);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(s => s.Basis).HasMaxLength(1000);
            e.Property(s => s.Actor).HasMaxLength(200);
            e.HasIndex(s => new { s.Format, s.From });
            e.HasIndex(s => s.Party);
        });
        modelBuilder.Entity<Format>(e =>
        {
            e.HasKey(f => f.Code);
            e.Property(f => f.Code).HasMaxLength(16);
            e.Property(f => f.Name).HasMaxLength(100);
            e.Property(f => f.Partner).HasMaxLength(PartyCodes.MaxLength);
        });
        modelBuilder.Entity<Body>(e =>
        {
            e.HasKey(b => b.Id);
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.NameRu).HasMaxLength(200);
            e.Property(b => b.Layer).HasConversion<string>().HasMaxLength(32);
            e.Property(b => b.Track).HasConversion<string>().HasMaxLength(32);
            e.Property(b => b.Format).HasMaxLength(16);
            e.Property(b => b.Partner).HasMaxLength(PartyCodes.MaxLength);
            e.Property(b => b.DecisionRule).HasJsonConversion();
            e.Property(b => b.ChairRotation).HasJsonConversion();
        });
        modelBuilder.Entity<PublicHoliday>(e =>
        {
            e.HasKey(h => new { h.Party, h.Date });
            e.Property(h => h.Party).HasMaxLength(PartyCodes.MaxLength);
            e.Property(h => h.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Notification>(e =>
        {
            e.HasKey(n => n.Id);
            e.Property(n => n.Party).HasMaxLength(PartyCodes.MaxLength);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(64);
            e.Property(n => n.Message).HasMaxLength(1000);
            e.HasIndex(n => new { n.Party, n.CreatedUtc });
        });
        modelBuilder.Entity<People.Person>(e =>
        {
            e.ToTable("People");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(Scheduling.People.MailAddresses.MaxLength);
            e.HasIndex(p => p.Email).IsUnique();
            e.Property(p => p.Language).HasMaxLength(16);
            e.Property(p => p.Party).HasMaxLength(PartyCodes.MaxLength);
            e.HasIndex(p => p.Party);
            e.Property(p => p.Account).HasMaxLength(200);
            e.HasIndex(p => p.Account);
            e.Property(p => p.Preferences).HasJsonConversion();
        });
        modelBuilder.Entity<Mail.MailNotice>(e =>
        {
            e.HasKey(n => n.Id);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(64);
            e.Property(n => n.Delivery).HasConversion<string>().HasMaxLength(16);
            e.Property(n => n.Message).HasMaxLength(1000);
            // Two instances composing at once: the second to put a notice in a mail finds it taken and steps back.
            e.Property(n => n.MailId).IsConcurrencyToken();
            e.HasIndex(n => new { n.Delivery, n.MailId, n.CreatedUtc });
            e.HasIndex(n => n.PersonId);
        });
        modelBuilder.Entity<Mail.QueuedMail>(e =>
        {
            e.ToTable("MailOutbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.To).HasMaxLength(Scheduling.People.MailAddresses.MaxLength);
            e.Property(m => m.ToName).HasMaxLength(200);
            e.Property(m => m.Language).HasMaxLength(16);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.LastError).HasMaxLength(1000);
            e.Property(m => m.Attachments).HasJsonConversion();
            e.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        });
        modelBuilder.Entity<Mail.MailKey>(e =>
        {
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<SummitPlan>(e =>
        {
            e.HasKey(p => p.Id);
            e.Property(p => p.HostParty).HasMaxLength(PartyCodes.MaxLength);
            e.Property(p => p.City).HasMaxLength(100);
            e.Property(p => p.TimeZone).HasMaxLength(64);
            e.Property(p => p.Meetings).HasJsonConversion();
        });
        modelBuilder.Entity<Meeting>(e =>
        {
            e.HasKey(m => m.Id);
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.TimeZone).HasMaxLength(64);
            e.Property(m => m.HostParty).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.City).HasMaxLength(100);
            e.Property(m => m.Venue).HasMaxLength(200);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.StatusReason).HasMaxLength(1000);
            e.Property(m => m.CoChair).HasMaxLength(PartyCodes.MaxLength);
            e.Property(m => m.TurnKept).HasDefaultValue(false);
            // The conflict checks look a meeting up by venue, by body or by time, never by scanning the calendar.
            e.HasIndex(m => new { m.StartUtc, m.EndUtc });
            e.HasIndex(m => new { m.City, m.Venue, m.StartUtc });
            e.HasIndex(m => new { m.BodyId, m.StartUtc });
            e.OwnsMany(m => m.Changes, c =>
            {
                c.ToTable("MeetingChanges");
                c.WithOwner().HasForeignKey("MeetingId");
                c.HasKey(x => x.Id);
                c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(64);
                c.Property(x => x.Detail).HasMaxLength(1000);
                c.Property(x => x.Actor).HasMaxLength(200);
                c.Property(x => x.OverrideReason).HasMaxLength(1000);
            });
            e.OwnsMany(m => m.Delegations, d =>
            {
                d.ToTable("MeetingDelegations");
                d.WithOwner().HasForeignKey("MeetingId");
                d.HasKey("MeetingId", nameof(Delegation.Party));
                d.Property(x => x.Party).HasMaxLength(PartyCodes.MaxLength);
                d.Property(x => x.HeadName).HasMaxLength(200);
                d.Property(x => x.HeadRank).HasMaxLength(100);
                d.HasIndex(x => x.HeadName);
            });
        });
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class SqliteSchedulingDbContext(DbContextOptions<SqliteSchedulingDbContext> options) : SchedulingDbContext(options);

public sealed class SqlServerSchedulingDbContext(DbContextOptions<SqlServerSchedulingDbContext> options) : SchedulingDbContext(options);

public sealed class PostgreSqlSchedulingDbContext(DbContextOptions<PostgreSqlSchedulingDbContext> options) : SchedulingDbContext(options);
