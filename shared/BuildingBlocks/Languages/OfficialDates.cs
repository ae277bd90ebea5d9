using System.Globalization;

namespace SummitCoordination.BuildingBlocks.Languages;

/// <summary>
/// A date as each of the site's seven languages writes it in an official text (issue 24), for the web app's pages,
/// the services' PDFs and the mails alike. This machine's ICU (the .NET runtime's) has month names and patterns for all of kk,
/// ky, tg, tk and uz (checked: README, "Languages"); what it lacks is supplied here: Tajik's months in a date (ICU gives
/// the standalone, capitalised "Сентябр"; a Tajik date reads "14 сентябри соли 2042"), Kyrgyz's (ICU gives the
/// nominative "сентябрь"; an official Kyrgyz date puts the month in its possessive after the year's genitive:
/// "2042-жылдын 14-сентябры"), Turkmen's official form (the year and the day as ordinals whose suffixes follow vowel
/// harmony, the month in its possessive: "2042-nji ýylyň 14-nji sentýabry"), and the official order of a date in
/// Kazakh, Kyrgyz and Uzbek, which put the year first.
/// </summary>
public static class OfficialDates
{
    /// <summary>The seven languages, in the site's order.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

    /// <summary>Tajik's month names in a date: lower case, with the izofat (-и) that joins the month to what follows.</summary>
    private static readonly string[] TajikMonthsInDate =
        ["январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри", ""];

    /// <summary>
    /// Kyrgyz's month names in a date: the possessive (-ы, -и, -у by the last vowel, the soft sign dropped) that follows
    /// "2042-жылдын 14-", as the Kyrgyz Republic's laws and decrees write a date ("2021-жылдын 5-майы").
    /// </summary>
    private static readonly string[] KyrgyzMonthsInDate =
        ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры", ""];

    private static readonly IReadOnlyDictionary<string, CultureInfo> ByCode = Languages.ToDictionary(l => l, Build);

    /// <summary>The culture a text in this language formats with, with what ICU lacks supplied (English for any other language).</summary>
    public static CultureInfo Culture(string language) => ByCode.TryGetValue(language, out var culture) ? culture : ByCode["en"];

    /// <summary>
    /// Turkmen's month names in a date: the possessive (-y after a back vowel, -i after a front one) that follows the
    /// day's ordinal, as Turkmenistan's laws and decrees write a date ("2021-nji ýylyň 1-nji iýuly").
    /// </summary>
    private static readonly string[] TurkmenMonthsInDate =
        ["ýanwary", "fewraly", "marty", "apreli", "maýy", "iýuny", "iýuly", "awgusty", "sentýabry", "oktýabry", "noýabry", "dekabry"];

    /// <summary>
    /// A day as the language writes it in an official text: "14 September 2042", "14 сентября 2042 г.",
    /// "2042 жылғы 14 қыркүйек", "2042-жылдын 14-сентябры", "14 сентябри соли 2042", "2042-nji ýylyň 14-nji sentýabry",
    /// "2042-yil 14-sentabr".
    /// </summary>
    public static string Format(DateOnly day, string language) => language == "tk"
        ? $"{TurkmenOrdinal(day.Year)} ýylyň {TurkmenOrdinal(day.Day)} {TurkmenMonthsInDate[day.Month - 1]}"
        : day.ToString(Pattern(language), Culture(language));

    /// <summary>An instant in UTC as a reader of the language reads it (mail): "21 ноября 2035 г., 05:00 UTC".</summary>
    public static string Instant(DateTime utc, string language) =>
        $"{Format(DateOnly.FromDateTime(utc), language)}, {utc.ToString("HH:mm", Culture(language))} UTC";

    /// <summary>The pattern of an official date in a language whose date a pattern can write (not Turkmen's: its suffixes follow the number).</summary>
    private static string Pattern(string language) => language switch
    {
        "ru" => "d MMMM yyyy 'г.'",
        "kk" => "yyyy 'жылғы' d MMMM",
        "ky" => "yyyy-'жылдын' d-MMMM",
        "tg" => "d MMMM 'соли' yyyy",
        "uz" => "yyyy-'yil' d-MMMM",
        _ => "d MMMM yyyy",
    };

    /// <summary>
    /// A number as a Turkmen ordinal in figures: "14-nji", "16-njy". The suffix follows the vowels of the last word said:
    /// the units (alty 6 and dokuz 9 take -njy, the other seven -nji), else the tens (on 10, otuz 30, kyrk 40, altmyş
    /// 60 and togsan 90 take -njy; ýigrimi, elli, ýetmiş and segsen -nji), else ýüz or müň (-nji).
    /// </summary>
    private static string TurkmenOrdinal(int number)
    {
        var back = number % 10 != 0 ? number % 10 is 6 or 9 : number % 100 != 0 && number / 10 % 10 is 1 or 3 or 4 or 6 or 9;
        return $"{number}-{(back ? "njy" : "nji")}";
    }

    private static CultureInfo Build(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        if ((code switch { "tg" => TajikMonthsInDate, "ky" => KyrgyzMonthsInDate, _ => null }) is { } monthsInDate)
        {
            culture.DateTimeFormat.MonthGenitiveNames = monthsInDate;
            culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = monthsInDate;
        }

        return CultureInfo.ReadOnly(culture);
    }
}
