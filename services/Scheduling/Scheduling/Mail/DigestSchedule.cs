namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// When the digests go: the daily one each day at <see cref="MailSettings.DigestTime"/> (UTC), the weekly one on
/// <see cref="MailSettings.WeeklyDigestDay"/> at the same time. Each is a deadline in the persistent Quartz store, named
/// after the instant it falls (<c>mail-digest:DailyDigest:2027-05-11T01:00</c>), so setting it twice is harmless and a
/// digest due while the service was down goes as soon as it is back; each digest sets the next.
/// </summary>
public sealed class DigestSchedule([FromKeyedServices(SchedulingDbContext.Service)] IDeadlines deadlines, MailSettings settings)
{
    public static readonly Delivery[] Periods = [Delivery.DailyDigest, Delivery.WeeklyDigest];

    public DateTime Next(Delivery period, DateTime nowUtc)
    {
        var at = nowUtc.Date + settings.DigestTime;
        if (at <= nowUtc)
        {
            at = at.AddDays(1);
        }

        while (period == Delivery.WeeklyDigest && at.DayOfWeek != settings.WeeklyDigestDay)
        {
            at = at.AddDays(1);
        }

        return DateTime.SpecifyKind(at, DateTimeKind.Utc);
    }

    public static string Key(Delivery period, DateTime atUtc) => $"mail-digest:{period}:{atUtc:yyyy-MM-ddTHH:mm}";

    public Task SetNextAsync(Delivery period, DateTime nowUtc, CancellationToken ct)
    {
        var at = Next(period, nowUtc);
        return deadlines.SetAsync<DigestJob>(Key(period, at), at, new Dictionary<string, string> { ["period"] = period.ToString() }, ct);
    }

    public async Task EnsureAsync(DateTime nowUtc, CancellationToken ct)
    {
        foreach (var period in Periods)
        {
            await SetNextAsync(period, nowUtc, ct);
        }
    }
}
