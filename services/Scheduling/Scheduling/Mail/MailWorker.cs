using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// The mail sender (issue 23). Each round (every <see cref="MailSettings.PollInterval"/> of wall time) it puts each
/// notice wanted at once in a mail of its own, then sends every mail of the outbox that is due by the service's clock:
/// each is first leased (one instance sends it), then sent, then marked sent; a failure sets the next try (the delay
/// doubling), and the last try parks it. A server that is down fails the round's mails, none is lost.
/// </summary>
public sealed partial class MailWorker(IServiceScopeFactory scopes, MailSettings settings, IMailTransport transport, TimeProvider clock, ILogger<MailWorker> logger)
    : BackgroundService
{
    /// <summary>How long a mail is held by the instance sending it; after that (the instance died mid-send) another may send it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, e);
            }

            try
            {
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: compose what is wanted at once, send what is due. Public for tests that drive it step by step.</summary>
    public async Task RoundAsync(CancellationToken ct)
    {
        await ComposeAtOnceAsync(ct);
        await SendDueAsync(ct);
    }

    private async Task ComposeAtOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<MailComposer>();
        var waiting = await db.MailNotices.Where(n => n.Delivery == Delivery.AtOnce && n.MailId == null).OrderBy(n => n.CreatedUtc).Take(Batch).ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var personIds = waiting.Select(n => n.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var notice in waiting)
        {
            if (people.TryGetValue(notice.PersonId, out var person))
            {
                db.QueuedMails.Add(await composer.ComposeAsync(person, [notice], Delivery.AtOnce, now, ct));
            }
            else
            {
                db.MailNotices.Remove(notice);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance put these notices in mails first (MailId is a concurrency token): its mails go, not these.
        }
    }

    private async Task SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.QueuedMails
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0)
        {
            return;
        }

        IMailSession? session = null;
        try
        {
            foreach (var id in due)
            {
                var leaseUntil = now + Lease;
                // The lease: one conditional update, so that of two instances one takes the mail.
                var taken = await db.QueuedMails
                    .Where(m => m.Id == id && m.Status == MailStatus.Pending && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, leaseUntil), ct);
                if (taken == 0)
                {
                    continue;
                }

                var mail = await db.QueuedMails.SingleAsync(m => m.Id == id, ct);
                try
                {
                    session ??= await transport.OpenAsync(ct);
                    await session.SendAsync(mail.Id, MailComposer.ToMime(mail, settings), ct);
                    mail.Sent(clock.GetUtcNow().UtcDateTime);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    mail.Failed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow().UtcDateTime, settings);
                    LogSendFailed(logger, mail.Id, mail.Attempts, mail.Status, e.Message);
                    if (session is null || e is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException)
                    {
                        // The server is not there: the round's other mails would fail alike; they wait for their next try.
                        await session.DisposeIfAny();
                        session = null;
                        await db.SaveChangesAsync(CancellationToken.None);
                        db.ChangeTracker.Clear();
                        await FailRestAsync(db, due.SkipWhile(d => d != id).Skip(1).ToList(), e, ct);
                        return;
                    }
                }

                // The mark, right after the send: a restart from here on sends it no more.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            await session.DisposeIfAny();
        }
    }

    private async Task FailRestAsync(SchedulingDbContext db, List<Guid> rest, Exception error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var mail in await db.QueuedMails.Where(m => rest.Contains(m.Id) && m.Status == MailStatus.Pending).ToListAsync(ct))
        {
            mail.Failed($"{error.GetType().Name}: {error.Message}", now, settings);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the mail sender failed; it runs again at the next poll.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was not sent (try {Attempts}, now {Status}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, int attempts, MailStatus status, string error);
}

internal static class MailSessions
{
    public static async Task DisposeIfAny(this IMailSession? session)
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }
}
