using System.Net;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// Writes one mail for one person: a single notice (at once) or a digest of several (daily, weekly), in the person's
/// language, as plain text and HTML, with a link back to the service, the preferences page and an unsubscribe link;
/// a meeting notice carries the meeting's calendar entry (one per meeting in a digest, as the meeting is now).
/// </summary>
public sealed class MailComposer(SchedulingDbContext db, MailSettings settings, UnsubscribeTokens tokens)
{
    public async Task<QueuedMail> ComposeAsync(Person person, IReadOnlyList<MailNotice> notices, Delivery delivery, DateTime nowUtc, CancellationToken ct)
    {
        var texts = new MailTexts(person.Language);
        var ordered = notices.OrderBy(n => n.CreatedUtc).ThenBy(n => n.Id).ToList();
        var single = delivery == Delivery.AtOnce && ordered.Count == 1;
        var baseUrl = settings.PublicBaseUrl.TrimEnd('/');
        var back = $"{baseUrl}{(person.IsSecretariat ? "/secretariat" : "/delegation")}";
        var preferences = $"{baseUrl}/mail/preferences";
        var unsubscribeAll = $"{baseUrl}/mail/unsubscribe?token={tokens.Write(person.Id, null)}";
        var unsubscribeKind = single ? $"{baseUrl}/mail/unsubscribe?token={tokens.Write(person.Id, ordered[0].Kind)}" : null;

        var meetingIds = ordered.Where(n => MailInvitation.Carries(n.Kind)).Select(n => n.MeetingId).Distinct().ToList();
        var meetings = meetingIds.Count == 0 ? [] : await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToListAsync(ct);
        var from = MailboxAddress.Parse(settings.From).Address;
        var attachments = Distinct(meetings.OrderBy(m => m.StartUtc).Select(m => MailInvitation.For(m, from, person.Email)).ToList());

        var subject = single
            ? texts.Format("Mail.Subject", texts.Kind(ordered[0].Kind))
            : texts.Format(delivery == Delivery.WeeklyDigest ? "Mail.WeeklySubject" : "Mail.DailySubject", ordered.Count);
        var intro = single ? texts["Mail.AtOnceIntro"] : texts[delivery == Delivery.WeeklyDigest ? "Mail.WeeklyIntro" : "Mail.DailyIntro"];
        var lines = ordered.Select(n => (Kind: texts.Kind(n.Kind), At: texts.Instant(n.CreatedUtc),
            Text: texts.Notice(n), Link: LinkOf(n, baseUrl))).ToList();

        var text = new StringBuilder()
            .AppendLine(texts.Format("Mail.Greeting", person.Name)).AppendLine()
            .AppendLine(intro).AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.At} · {line.Kind}: {line.Text}");
            if (line.Link is not null)
            {
                text.AppendLine($"  {texts.Format("Mail.RecordLink", line.Link)}");
            }
        }

        text.AppendLine();
        foreach (var attachment in attachments)
        {
            text.AppendLine(texts.Format("Mail.Calendar", attachment.FileName));
        }

        text.AppendLine(texts.Format("Mail.Open", back)).AppendLine().AppendLine("-- ")
            .AppendLine(texts["Mail.Why"])
            .AppendLine(texts.Format("Mail.Preferences", preferences));
        if (unsubscribeKind is not null)
        {
            text.AppendLine(texts.Format("Mail.UnsubscribeKind", unsubscribeKind));
        }

        text.AppendLine(texts.Format("Mail.Unsubscribe", unsubscribeAll));

        var html = new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{person.Language}\"><head><meta charset=\"utf-8\"><title>{Enc(subject)}</title></head>")
            // Inline, as mail programs keep no stylesheet: a readable face and line length on a phone and a desktop alike.
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:44em;margin:0 auto;padding:1em;overflow-wrap:anywhere\">")
            .Append($"<p>{Enc(texts.Format("Mail.Greeting", person.Name))}</p><p>{Enc(intro)}</p><ul>");
        foreach (var line in lines)
        {
            html.Append($"<li><small>{Enc(line.At)}</small> <strong>{Enc(line.Kind)}</strong>: {Enc(line.Text)}")
                .Append(line.Link is null ? "" : $"<br>{Link(texts, "Mail.RecordLink", line.Link)}").Append("</li>");
        }

        html.Append("</ul>");
        foreach (var attachment in attachments)
        {
            html.Append($"<p>{Enc(texts.Format("Mail.Calendar", attachment.FileName))}</p>");
        }

        html.Append($"<p>{Link(texts, "Mail.Open", back)}</p><hr><p><small>{Enc(texts["Mail.Why"])}<br>{Link(texts, "Mail.Preferences", preferences)}<br>");
        if (unsubscribeKind is not null)
        {
            html.Append($"{Link(texts, "Mail.UnsubscribeKind", unsubscribeKind)}<br>");
        }

        html.Append($"{Link(texts, "Mail.Unsubscribe", unsubscribeAll)}</small></p></body></html>");

        var mail = new QueuedMail(Guid.NewGuid(), person.Id, person.Email, person.Name, person.Language, subject, text.ToString(), html.ToString(), attachments,
            $"{baseUrl}/api/mail/unsubscribe?token={tokens.Write(person.Id, unsubscribeKind is null ? null : ordered[0].Kind)}", ordered.Count, nowUtc);
        foreach (var notice in ordered)
        {
            notice.PutIn(mail.Id);
        }

        return mail;
    }

    /// <summary>Each attachment its own file name: two meetings of one day get "invite-2042-09-14.ics" and "invite-2042-09-14-2.ics".</summary>
    public static List<MailAttachment> Distinct(List<MailAttachment> attachments)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return attachments.Select(a =>
        {
            var name = a.FileName;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{Path.GetFileNameWithoutExtension(a.FileName)}-{n}{Path.GetExtension(a.FileName)}";
            }

            return a with { FileName = name };
        }).ToList();
    }

    /// <summary>The mail as it goes out: multipart/alternative (text, HTML), the calendar entries attached, Message-Id from the mail's id.</summary>
    public static MimeMessage ToMime(QueuedMail mail, MailSettings settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        var domain = MailboxAddress.Parse(settings.From).Domain;
        message.MessageId = $"{mail.Id:N}@{(string.IsNullOrEmpty(domain) ? "summit-coordination.invalid" : domain)}";
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedUtc, DateTimeKind.Utc));
        message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var builder = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var attachment in mail.Attachments)
        {
            builder.Attachments.Add(attachment.FileName, Encoding.UTF8.GetBytes(attachment.Content), ContentType.Parse(attachment.ContentType));
        }

        message.Body = builder.ToMessageBody();
        // A Content-* header belongs to the body entity in MimeKit (on the message's headers it would be moved or dropped).
        message.Body.Headers.Replace(HeaderId.ContentLanguage, mail.Language);
        return message;
    }

    /// <summary>A notice of a meeting's record links to the record's page (the reader signs in there if it is still Limited).</summary>
    private static string? LinkOf(MailNotice notice, string baseUrl) =>
        notice.Kind is Contracts.NotificationKind.RecordDrafted or Contracts.NotificationKind.RecordFinalised ? $"{baseUrl}/meetings/{notice.MeetingId}/record" : null;

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private static string Link(MailTexts texts, string key, string url) =>
        Enc(texts.Format(key, "\u0001")).Replace("\u0001", $"<a href=\"{Enc(url)}\">{Enc(url)}</a>", StringComparison.Ordinal);
}
