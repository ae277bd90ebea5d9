using SummitCoordination.Contracts;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// An inbox line reads as its reader reads: on an English page too, states by name and instants as dates (the service
/// stores "KGZ proposed …" and "2042-09-28 05:00:00Z"); there a decision's English reason follows, with its states named.
/// </summary>
public sealed class InboxNoticeTests
{
    private static readonly IReadOnlyDictionary<string, Party> Parties = Displays.Parties;

    private static NotificationView Notice(NotificationKind kind, string message, params string[] args) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, message, DateTime.UtcNow, kind.ToString(), args);

    private static NotificationView Decided(string meeting, string outcome, string rule, string reason) =>
        Notice(NotificationKind.ItemDecided, $"An item of '{meeting}' was decided: {outcome} ({rule}). {reason}", meeting, outcome, rule, reason);

    private static string Read(string culture, NotificationView notice) => UiCulture.In(culture, () => Displays.Create().Notice(notice, Parties, []));

    [Fact]
    public void In_English_an_amendment_names_its_state_and_a_reminder_writes_its_start_as_a_date()
    {
        var amendment = Notice(NotificationKind.AmendmentProposed, "KGZ proposed an amendment to 'Water Accord' (version 2): Clearer wording",
            "KGZ", "Water Accord", "2", "Clearer wording");
        var reminder = Notice(NotificationKind.Reminder, "'Council, Dushanbe 2042' starts in 3 day(s), at 2042-09-28 05:00:00Z (Dushanbe).",
            "Council, Dushanbe 2042", "3", "2042-09-28 05:00:00Z", "Dushanbe");

        Assert.Equal("Kyrgyzstan proposed an amendment to 'Water Accord' (version 2): Clearer wording", Read("en-GB", amendment));
        Assert.Contains("28 September 2042", Read("en-GB", reminder));
        Assert.DoesNotContain("05:00:00Z", Read("en-GB", reminder));
    }

    [Fact]
    public void A_decision_s_reason_follows_in_English_with_its_states_named_and_is_left_out_in_Russian()
    {
        var decided = Decided("Council, Dushanbe 2042", "Blocked", "Consensus", "Objected by KAZ.");

        Assert.EndsWith(" Objected by Kazakhstan.", Read("en-GB", decided));
        Assert.DoesNotContain("KAZ", Read("en-GB", decided));
        Assert.DoesNotContain("Objected", Read("ru-RU", decided));
    }

    /// <summary>A notice that names its item, as Scheduling writes one now (the codes ending in On), with its English sentence and arguments.</summary>
    public static TheoryData<NotificationKind, string, string, string[], string, string> Named => new()
    {
        {
            NotificationKind.ItemDecided, "ItemDecidedOn", "'Energy grid', an item of 'Council, Dushanbe 2042', was decided: Blocked (Consensus). Objected by KAZ.",
            ["Council, Dushanbe 2042", "Energy grid", "Blocked", "Consensus", "Objected by KAZ."],
            "'Energy grid', an item of 'Council, Dushanbe 2042', was decided: Blocked (Consensus). Objected by Kazakhstan.",
            "Решение по пункту «Energy grid» встречи «Council, Dushanbe 2042»: Заблокировано (Консенсус)."
        },
        {
            // A recorded outcome's reason only says it was recorded, as the sentence does.
            NotificationKind.ItemDecided, "ItemDecidedOn", "'Water', an item of 'Council, Dushanbe 2023', was decided: Adopted (Recorded). As recorded.",
            ["Council, Dushanbe 2023", "Water", "Adopted", "Recorded", "As recorded."],
            "'Water', an item of 'Council, Dushanbe 2023', was decided: Adopted (As recorded).",
            "Решение по пункту «Water» встречи «Council, Dushanbe 2023»: Принято (По протоколу)."
        },
        {
            NotificationKind.SilenceBroken, "SilenceBrokenOn", "Silence was broken on 'Visa-free travel', an item of 'Council, Dushanbe 2042': Objected by TKM.",
            ["Council, Dushanbe 2042", "Visa-free travel", "Objected by TKM."],
            "Silence was broken on 'Visa-free travel', an item of 'Council, Dushanbe 2042'. Objected by Turkmenistan.",
            "По пункту «Visa-free travel» встречи «Council, Dushanbe 2042» молчание нарушено."
        },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void A_decision_or_a_broken_silence_names_its_item_in_either_language(NotificationKind kind, string code, string message, string[] args,
        string english, string russian)
    {
        var notice = Notice(kind, message, args) with { Code = code };

        Assert.Equal(english, Read("en-GB", notice));
        Assert.Equal(russian, Read("ru-RU", notice));
    }

    [Fact]
    public void A_recorded_outcome_is_not_said_twice() =>
        Assert.Equal("An item of 'Council, Dushanbe 2023' was decided: Adopted (As recorded).", Read("en-GB", Decided("Council, Dushanbe 2023", "Adopted", "Recorded", "As recorded.")));
}
