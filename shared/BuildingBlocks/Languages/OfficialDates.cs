using System.Globalization;

namespace SummitCoordination.BuildingBlocks.Languages;

/// <summary>
/// A date as each of the site's seven languages writes it in an official text (issue 24), for the web app's pages,
/// the services' PDFs and the mails alike. This machine's ICU (the .NET runtime's) has month names and patterns for all of kk,
/// ky, tg, tk and uz (checked: README, "Languages"); what it lacks is supplied here: Tajik's months in a date (ICU gives
/// the standalone, capitalised "Сентябр"; a Tajik date reads "14 сентябри соли 2042"), Kyrgyz's (ICU gives the
/// nominative "сентябрь"; an official Kyrgyz date puts the month in its possessive after the year's genitive:
/// "2042-жылдын 14-сентябры"), and the official order of a date in Kazakh, Kyrgyz and Uzbek, which put the year first.
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
    /// The pattern of an official date: "14 September 2042", "14 сентября 2042 г.", "2042 жылғы 14 қыркүйек",
    /// "2042-жылдын 14-сентябры", "14 сентябри соли 2042", "14 sentýabr 2042", "2042-yil 14-sentabr".
    /// </summary>
    public static string Pattern(string language) => language switch
    {
        "ru" => "d MMMM yyyy 'г.'",
        "kk" => "yyyy 'жылғы' d MMMM",
        "ky" => "yyyy-'жылдын' d-MMMM",
        "tg" => "d MMMM 'соли' yyyy",
        "uz" => "yyyy-'yil' d-MMMM",
        _ => "d MMMM yyyy",
    };

    /// <summary>A day as the language writes it in an official text.</summary>
    public static string Format(DateOnly day, string language) => day.ToString(Pattern(language), Culture(language));

    /// <summary>An instant in UTC as a reader of the language reads it (mail): "21 ноября 2035 г., 05:00 UTC".</summary>
    public static string Instant(DateTime utc, string language) =>
        $"{utc.ToString(Pattern(language), Culture(language))}, {utc.ToString("HH:mm", Culture(language))} UTC";

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
