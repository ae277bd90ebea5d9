using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SummitCoordination.Contracts;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// An inbox line reads as its reader reads: on an English page too, states by name and instants as dates (the service
/// stores "KGZ proposed …" and "2042-09-28 05:00:00Z"); there a decision's English reason follows, with its states named.
/// </summary>
public sealed class InboxNoticeTests
{
    private static readonly Dictionary<string, Party> Parties = new()
    {
        ["KGZ"] = new("KGZ", PartyKind.Member, "Kyrgyzstan", "Кыргызстан", "Asia/Bishkek"),
        ["KAZ"] = new("KAZ", PartyKind.Member, "Kazakhstan", "Казахстан", "Asia/Almaty"),
    };

    private static Display Show()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new Display(new SchedulingClient(new HttpClient()), new MemoryCache(new MemoryCacheOptions()), new StringLocalizer<Strings>(factory));
    }

    private static NotificationView Notice(NotificationKind kind, string code, string message, params string[] args) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, message, DateTime.UtcNow, code, args);

    [Fact]
    public void In_English_an_amendment_names_its_state_and_a_reminder_writes_its_start_as_a_date()
    {
        var amendment = Notice(NotificationKind.AmendmentProposed, "AmendmentProposed", "KGZ proposed an amendment to 'Water Accord' (version 2): Clearer wording",
            "KGZ", "Water Accord", "2", "Clearer wording");
        var reminder = Notice(NotificationKind.Reminder, "Reminder", "'Council, Dushanbe 2042' starts in 3 day(s), at 2042-09-28 05:00:00Z (Dushanbe).",
            "Council, Dushanbe 2042", "3", "2042-09-28 05:00:00Z", "Dushanbe");

        var (proposed, reminded) = UiCulture.In("en-GB", () => (Show().Notice(amendment, Parties, []), Show().Notice(reminder, Parties, [])));

        Assert.Equal("Kyrgyzstan proposed an amendment to 'Water Accord' (version 2): Clearer wording", proposed);
        Assert.Contains("28 September 2042", reminded);
        Assert.DoesNotContain("05:00:00Z", reminded);
    }

    [Fact]
    public void A_decision_s_reason_follows_in_English_with_its_states_named_and_is_left_out_in_Russian()
    {
        var decided = Notice(NotificationKind.ItemDecided, "ItemDecided", "An item of 'Council, Dushanbe 2042' was decided: Blocked (Consensus). Objected by KAZ.",
            "Council, Dushanbe 2042", "Blocked", "Consensus", "Objected by KAZ.");

        var english = UiCulture.In("en-GB", () => Show().Notice(decided, Parties, []));
        var russian = UiCulture.In("ru-RU", () => Show().Notice(decided, Parties, []));

        Assert.EndsWith(" Objected by Kazakhstan.", english);
        Assert.DoesNotContain("KAZ", english);
        Assert.DoesNotContain("Objected", russian);
    }

    [Fact]
    public void A_recorded_outcome_is_not_said_twice()
    {
        var recorded = Notice(NotificationKind.ItemDecided, "ItemDecided", "An item of 'Council, Dushanbe 2023' was decided: Adopted (Recorded). As recorded.",
            "Council, Dushanbe 2023", "Adopted", "Recorded", "As recorded.");

        Assert.Equal("An item of 'Council, Dushanbe 2023' was decided: Adopted (As recorded).", UiCulture.In("en-GB", () => Show().Notice(recorded, Parties, [])));
    }
}
