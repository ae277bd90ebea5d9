namespace SummitCoordination.Scheduling.Parties;

/// <summary>
/// The fixed-date public holidays of the five members, seeded for a span of years. Movable holidays
/// (Eid al-Fitr, Eid al-Adha) change every year: the secretariat adds them through the API.
/// </summary>
public static class StandardHolidays
{
    private static readonly IReadOnlyDictionary<string, (int Month, int Day, string Name)[]> Fixed = new Dictionary<string, (int, int, string)[]>
    {
        ["KAZ"] = [(1, 1, "New Year"), (1, 2, "New Year"), (3, 8, "International Women's Day"), (3, 21, "Nauryz"), (3, 22, "Nauryz"),
            (3, 23, "Nauryz"), (5, 1, "Unity Day"), (5, 7, "Defender of the Fatherland Day"), (5, 9, "Victory Day"),
            (7, 6, "Capital Day"), (8, 30, "Constitution Day"), (10, 25, "Republic Day"), (12, 16, "Independence Day")],
        ["KGZ"] = [(1, 1, "New Year"), (1, 7, "Orthodox Christmas"), (2, 23, "Defender of the Fatherland Day"), (3, 8, "International Women's Day"),
            (3, 21, "Nooruz"), (4, 7, "Day of the People's April Revolution"), (5, 1, "Labour Day"), (5, 5, "Constitution Day"),
            (5, 9, "Victory Day"), (8, 31, "Independence Day"), (11, 7, "Days of History and Commemoration"), (11, 8, "Days of History and Commemoration")],
        ["TJK"] = [(1, 1, "New Year"), (3, 8, "Mother's Day"), (3, 21, "Navruz"), (3, 22, "Navruz"), (3, 23, "Navruz"), (3, 24, "Navruz"),
            (5, 1, "Labour Day"), (5, 9, "Victory Day"), (6, 27, "National Unity Day"), (9, 9, "Independence Day"), (11, 6, "Constitution Day")],
        ["TKM"] = [(1, 1, "New Year"), (3, 8, "International Women's Day"), (3, 21, "Nowruz"), (3, 22, "Nowruz"), (5, 9, "Victory Day"),
            (5, 18, "Day of Revival, Unity and the Poetry of Magtymguly"), (9, 27, "Independence Day"), (12, 12, "Day of Neutrality")],
        ["UZB"] = [(1, 1, "New Year"), (1, 14, "Defenders of the Motherland Day"), (3, 8, "International Women's Day"), (3, 21, "Navruz"),
            (5, 9, "Day of Remembrance and Honour"), (9, 1, "Independence Day"), (10, 1, "Teachers' Day"), (12, 8, "Constitution Day")],
    };

    public static IEnumerable<PublicHoliday> For(int fromYear, int toYear) =>
        from party in Fixed
        from year in Enumerable.Range(fromYear, toYear - fromYear + 1)
        from holiday in party.Value
        select new PublicHoliday(party.Key, new DateOnly(year, holiday.Month, holiday.Day), holiday.Name);
}
