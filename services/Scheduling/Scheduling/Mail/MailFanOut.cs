namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// Every notification the service stores also goes to the people of its inbox who asked for its kind (issue 23): one
/// <see cref="MailNotice"/> per person, added to the same save as the notification, so that a crash loses neither.
/// </summary>
public static class MailFanOut
{
    public static async Task AddNoticesAsync(SchedulingDbContext db, IReadOnlyList<Notification> added, CancellationToken ct)
    {
        var parties = added.Select(n => n.Party).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => parties.Contains(p.Party)).ToListAsync(ct);
        if (people.Count == 0)
        {
            return;
        }

        foreach (var notification in added)
        {
            foreach (var person in people.Where(p => p.Party == notification.Party))
            {
                if (person.DeliveryOf(notification.Kind) is var delivery and not Delivery.Never)
                {
                    db.MailNotices.Add(new MailNotice(person.Id, notification, delivery));
                }
            }
        }
    }
}
