namespace SummitCoordination.Web.Services;

/// <summary>
/// The Russian forms of the names the services store in English and no person typed (issue 19, point 13): the cities of
/// the five and of the meetings of the record, the ranks filled in by default, the seeded meetings' titles. A name not
/// in these tables is what someone wrote, and is shown as written.
/// </summary>
public static class RussianNames
{
    public static readonly IReadOnlyDictionary<string, string> Cities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Astana"] = "Астана", ["Almaty"] = "Алматы", ["Bishkek"] = "Бишкек", ["Cholpon-Ata"] = "Чолпон-Ата", ["Dushanbe"] = "Душанбе",
        ["Ashgabat"] = "Ашхабад", ["Avaza"] = "Аваза", ["Tashkent"] = "Ташкент", ["Samarkand"] = "Самарканд", ["Turkistan"] = "Туркестан",
        ["Khujand"] = "Худжанд", ["Osh"] = "Ош", ["Bukhara"] = "Бухара", ["Khiva"] = "Хива", ["Termez"] = "Термез",
        ["Moscow"] = "Москва", ["Beijing"] = "Пекин", ["Xi'an"] = "Сиань", ["Washington"] = "Вашингтон", ["New York"] = "Нью-Йорк",
        ["Tokyo"] = "Токио", ["Seoul"] = "Сеул", ["New Delhi"] = "Нью-Дели", ["Berlin"] = "Берлин", ["Ankara"] = "Анкара",
        ["Brussels"] = "Брюссель", ["Baku"] = "Баку", ["Kabul"] = "Кабул",
        ["Venue not recorded"] = "Место не записано",
    };

    public static readonly IReadOnlyDictionary<string, string> Ranks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Head of State"] = "Глава государства",
        ["Minister of Foreign Affairs"] = "Министр иностранных дел",
        ["National Coordinator"] = "Национальный координатор",
        ["Senior Official"] = "Старшее должностное лицо",
        ["Expert"] = "Эксперт",
        ["Head of delegation"] = "Глава делегации",
    };

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["First Consultative Meeting of the Heads of State of Central Asia"] = "Первая Консультативная встреча глав государств Центральной Азии",
        ["Second Consultative Meeting of the Heads of State of Central Asia"] = "Вторая Консультативная встреча глав государств Центральной Азии",
        ["Third Consultative Meeting of the Heads of State of Central Asia"] = "Третья Консультативная встреча глав государств Центральной Азии",
        ["Fourth Consultative Meeting of the Heads of State of Central Asia"] = "Четвёртая Консультативная встреча глав государств Центральной Азии",
        ["Fifth Consultative Meeting of the Heads of State of Central Asia"] = "Пятая Консультативная встреча глав государств Центральной Азии",
        ["Sixth Consultative Meeting of the Heads of State of Central Asia"] = "Шестая Консультативная встреча глав государств Центральной Азии",
        ["Seventh Consultative Meeting of the Heads of State of Central Asia"] = "Седьмая Консультативная встреча глав государств Центральной Азии",
    };

    /// <summary>
    /// A rank as the services store it (issue 19, point 13): a rank the table knows, typed or left as the form filled it in
    /// its Russian form, is stored under its English name, the one the services fill in themselves, and shown again in
    /// the reader's language (<see cref="Display.Rank"/>); any other rank as typed.
    /// </summary>
    public static string RankToStore(string? rank) => ToStored(rank ?? "", Ranks);

    /// <summary>
    /// What the service stores for a name typed or shown in Russian: the English name of a city (or rank) of the table,
    /// so that every page shows it again in its reader's language; any other name as typed.
    /// </summary>
    public static string ToStored(string name, IReadOnlyDictionary<string, string> table)
    {
        var trimmed = name.Trim();
        return table.FirstOrDefault(kv => string.Equals(kv.Value, trimmed, StringComparison.OrdinalIgnoreCase)).Key ?? trimmed;
    }

    /// <summary>The Russian form on a Russian page when the table has one; otherwise the name as stored.</summary>
    public static string Of(string? name, IReadOnlyDictionary<string, string> table) =>
        string.IsNullOrEmpty(name) ? "" : Display.IsRussian && table.TryGetValue(name.Trim(), out var ru) ? ru : name;
}
