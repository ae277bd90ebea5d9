using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Notifications;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 19, point 13: every inbox sentence reads back into the code and arguments it was written from.</summary>
public sealed class NotificationTextTests
{
    public static TheoryData<string, string, object?[]> Messages => new()
    {
        { "Reminder", "Reminder", ["Council of Foreign Ministers, Tashkent 2027", 7, new DateTime(2027, 3, 1, 5, 0, 0, DateTimeKind.Utc), "Tashkent"] },
        { "AgendaDeadline", "AgendaDeadline", ["National Coordinators, Astana 2042"] },
        { "Postponed", "Postponed", ["Summit 'A', Astana 2042", "The host asked: floods: roads closed."] },
        { "Moved", "Moved", ["X", new DateTime(2042, 5, 1, 5, 0, 0, DateTimeKind.Utc), new DateTime(2042, 5, 1, 12, 0, 0, DateTimeKind.Utc), "Hall A", "Ashgabat", "TKM"] },
        { "Rescheduled", "Rescheduled", ["X", new DateTime(2042, 5, 1, 5, 0, 0, DateTimeKind.Utc), new DateTime(2042, 5, 1, 12, 0, 0, DateTimeKind.Utc), "Hall A, floor 2", "Ashgabat"] },
        { "OpenForSignature", "OpenForSignature", ["Treaty on Water", new DateOnly(2042, 5, 1), Guid.Empty] },
        { "InForce", "InForce", [Guid.Empty, "KAZ", new DateOnly(2042, 5, 1)] },
        { "SilenceBroken", "SilenceBroken", ["Leaders, Dushanbe 2042", "Objected by UZB."] },
        { "SilenceBroken", "SilenceBrokenOn", ["Leaders, Dushanbe 2042", "Visa-free travel", "Objected by UZB."] },
        { "ItemDecided", "ItemDecided", ["Leaders, Dushanbe 2042", "Adopted", "Consensus", "No objection."] },
        { "ItemDecided", "ItemDecidedOn", ["Leaders, Dushanbe 2042", "Water data: 'daily' exchange", "Blocked", "Consensus", "Objected by UZB."] },
        { "AmendmentAnswered", "AmendmentAccepted", ["Joint Statement", 2] },
        { "AmendmentAnswered", "AmendmentRejected", ["Joint Statement", "Not in scope (see OP2)."] },
        { "AmendmentProposed", "AmendmentProposed", ["KAZ", "Joint Statement", 1, "Add water (and energy)."] },
        { "SilenceStarted", "SilenceStarted", ["Item 'B'", new DateTime(2042, 5, 1, 5, 0, 0, DateTimeKind.Utc)] },
        { "ItemAdded", "ItemAdded", ["Council of Foreign Ministers, Tashkent 2042", "Water data: 'daily' exchange"] },
        { "ParagraphChanged", "ParagraphChanged", ["OP4 (was OP3)", "Joint Statement", ParagraphEventKind.OptionsTabled, ParagraphStatus.Bracketed] },
        { "AdReferendumLapsed", "AdReferendumLapsed", ["OP2", "Joint Statement", "TKM", new DateTime(2042, 5, 1, 5, 0, 0, DateTimeKind.Utc)] },
        { "RecordDrafted", "RecordDrafted", ["Council of Foreign Ministers, Astana 2042", new DateTime(2042, 5, 8, 5, 0, 0, DateTimeKind.Utc)] },
        { "RecordFinalised", "RecordFinalised", ["Council of Foreign Ministers, Astana 2042"] },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_reads_back_into_its_code_and_arguments(string kind, string code, object?[] args)
    {
        var english = NotificationTexts.Write(code, args);
        var (read, values) = NotificationTexts.Read(kind, english);
        Assert.Equal(code, read);
        Assert.Equal(args.Length, values.Count);
        Assert.Equal(english, NotificationTexts.Write(code, values.Cast<object?>().ToArray()));
    }

    [Theory]
    [InlineData("ru", "Решение по пункту встречи «Leaders, Dushanbe 2042»: Принято (Консенсус). No objection.", "OP2 текста «Joint Statement», по которому ваше государство сделало оговорку: Согласован; теперь В скобках.")]
    [InlineData("en", "An item of 'Leaders, Dushanbe 2042' was decided: Adopted (Consensus). No objection.", "OP2 of 'Joint Statement', on which your state holds a reservation: Agreed; it is now Bracketed.")]
    public void A_mail_writes_an_outcome_a_rule_and_a_paragraph_s_status_in_its_reader_s_words(string language, string decided, string changed)
    {
        var texts = new Mail.MailTexts(language);
        string Mailed(NotificationKind kind, string code, params object?[] args) =>
            texts.Notice(new Mail.MailNotice(Guid.NewGuid(), new Notification("KAZ", Guid.NewGuid(), kind, NotificationTexts.Write(code, args), DateTime.UtcNow), People.Delivery.AtOnce));

        Assert.Equal(decided, Mailed(NotificationKind.ItemDecided, "ItemDecided", "Leaders, Dushanbe 2042", OutcomeKind.Adopted, "Consensus", "No objection."));
        Assert.Equal(changed, Mailed(NotificationKind.ParagraphChanged, "ParagraphChanged", "OP2", "Joint Statement", "Agreed", ParagraphStatus.Bracketed));
    }

    [Theory]
    [InlineData("ru", "Решение по пункту «Energy grid» встречи «Leaders, Dushanbe 2042»: Заблокировано (Консенсус). Objected by UZB.")]
    [InlineData("en", "'Energy grid', an item of 'Leaders, Dushanbe 2042', was decided: Blocked (Consensus). Objected by UZB.")]
    public void A_decision_names_its_item_when_the_service_was_told_it(string language, string expected)
    {
        var english = NotificationTexts.Write("ItemDecidedOn", "Leaders, Dushanbe 2042", "Energy grid", OutcomeKind.Blocked, "Consensus", "Objected by UZB.");
        var notice = new Mail.MailNotice(Guid.NewGuid(), new Notification("KAZ", Guid.NewGuid(), NotificationKind.ItemDecided, english, DateTime.UtcNow), People.Delivery.AtOnce);

        Assert.Equal(expected, new Mail.MailTexts(language).Notice(notice));
    }

    [Theory]
    [InlineData("ru", "По пункту «Visa-free travel» встречи «Leaders, Dushanbe 2042» молчание нарушено: Objected by UZB.")]
    [InlineData("en", "Silence was broken on 'Visa-free travel', an item of 'Leaders, Dushanbe 2042': Objected by UZB.")]
    public void A_broken_silence_names_its_item_when_the_service_was_told_it(string language, string expected)
    {
        var english = NotificationTexts.Write("SilenceBrokenOn", "Leaders, Dushanbe 2042", "Visa-free travel", "Objected by UZB.");
        var notice = new Mail.MailNotice(Guid.NewGuid(), new Notification("KAZ", Guid.NewGuid(), NotificationKind.SilenceBroken, english, DateTime.UtcNow), People.Delivery.AtOnce);

        Assert.Equal(expected, new Mail.MailTexts(language).Notice(notice));
    }

    [Fact]
    public void Two_calendar_entries_of_one_day_in_one_mail_get_two_file_names()
    {
        var names = Mail.MailComposer.Distinct([new("invite-2042-09-14.ics", "text/calendar", "A"), new("invite-2042-09-14.ics", "text/calendar", "B"),
            new("invite-2042-09-15.ics", "text/calendar", "C")]).Select(a => a.FileName);

        Assert.Equal(["invite-2042-09-14.ics", "invite-2042-09-14-2.ics", "invite-2042-09-15.ics"], names);
    }

    [Fact]
    public void A_sentence_no_template_matches_has_no_code()
    {
        Assert.Null(NotificationTexts.Read("Reminder", "Something else entirely.").Code);
        Assert.Equal("'T' starts in 1 day(s), at 2042-05-01 05:00:00Z (Osh).", NotificationTexts.Write("Reminder", "T", 1, new DateTime(2042, 5, 1, 5, 0, 0, DateTimeKind.Utc), "Osh"));
    }
}
