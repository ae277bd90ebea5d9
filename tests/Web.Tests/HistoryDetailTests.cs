using SummitCoordination.Contracts;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 19, point 13: a meeting's history reads in the page's language. A move names both hosts and both cities
/// (stored in English by the service, "moved from TKM (Ashgabat) to KGZ (Bishkek); …"), and the venue's city is not
/// swallowed together with the host and its time zone.
/// </summary>
public sealed class HistoryDetailTests
{
    private static readonly IReadOnlyDictionary<string, Party> Parties = Displays.Parties;

    private const string Moved = "moved from TKM (Ashgabat) to KGZ (Bishkek); 2074-06-01 05:00:00Z to 2074-06-01 07:00:00Z at Summit hall 2074, Bishkek (KGZ, Asia/Bishkek)";

    private static Display Show() => Displays.Create();

    [Fact]
    public void A_move_reads_in_Russian_with_both_hosts_and_cities_and_the_venue_s_city_apart_from_its_host()
    {
        var text = UiCulture.In("ru-RU", () => Show().Detail(MeetingChangeKind.Rescheduled, Moved, Parties));

        Assert.Contains("перенос: Туркменистан (Ашхабад) → Кыргызстан (Бишкек)", text);
        Assert.Contains("Summit hall 2074, Бишкек (Кыргызстан)", text);
        Assert.DoesNotContain("moved", text);
        Assert.DoesNotContain("Asia/", text);
    }

    [Fact]
    public void In_English_the_history_names_the_states_and_writes_the_instants_as_a_reader_reads_them()
    {
        var text = UiCulture.In("en-GB", () => Show().Detail(MeetingChangeKind.Rescheduled, Moved, Parties));

        Assert.Equal("1 June 2074, 05:00 UTC to 1 June 2074, 07:00 UTC at Summit hall 2074, Bishkek (Kyrgyzstan) · moved from Turkmenistan (Ashgabat) to Kyrgyzstan (Bishkek)", text);
    }

    [Fact]
    public void In_English_a_detail_of_no_known_shape_is_shown_as_written() =>
        Assert.Equal("Floods in the host region", UiCulture.In("en-GB", () => Show().Detail(MeetingChangeKind.Postponed, "Floods in the host region", Parties)));
}
