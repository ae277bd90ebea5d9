namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// A digest falls due: every notice waiting for this period goes to its person in one mail (one per person), put in the
/// mail outbox in the job's transaction; then the next digest of the period is set.
/// </summary>
public sealed class DigestJob(SchedulingDbContext db, TimeProvider clock, MailComposer composer, DigestSchedule schedule, MailSettings settings)
    : DeadlineJob<SchedulingDbContext>(db, clock)
{
    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var period = Enum.Parse<Delivery>(data("period")!);
        var now = Clock.GetUtcNow().UtcDateTime;
        Db.AfterCommit(token => schedule.SetNextAsync(period, now, token));
        if (!settings.Enabled)
        {
            return;
        }

        var waiting = await Db.MailNotices.Where(n => n.Delivery == period && n.MailId == null && n.CreatedUtc <= now).ToListAsync(ct);
        var personIds = waiting.Select(n => n.PersonId).Distinct().ToList();
        var people = await Db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var group in waiting.GroupBy(n => n.PersonId))
        {
            if (people.TryGetValue(group.Key, out var person))
            {
                Db.QueuedMails.Add(await composer.ComposeAsync(person, group.ToList(), period, now, ct));
            }
        }
    }
}
