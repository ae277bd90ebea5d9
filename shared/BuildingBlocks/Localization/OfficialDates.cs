using System.Globalization;

namespace SummitCoordination.BuildingBlocks.Localization;

/// <summary>
/// Dates as the site's seven languages write them in official texts, for the web pages and the mails alike (issue 24,
/// point 2): the cultures as this machine's ICU gives them, with what it lacks supplied. ICU (checked on the build
/// machine: <c>README.md</c>, "Languages") has month names, number formats and date patterns for all of kk, ky, tg, tk
/// and uz; what it lacks are Tajik's month names in a date (ICU gives the standalone, capitalised "Сентябр"; a Tajik
/// date reads "14 сентябри соли 2042") and the official order of a date in Kazakh and Uzbek, which put the year first.
/// </summary>
public static class OfficialDates
{
    /// <summary>The site's languages (culture codes); any other is written as English.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

    /// <summary>Tajik's month names in a date: lower case, with the izofat (-и) that joins the month to what follows.</summary>
    private static readonly string[] TajikMonthsInDate =
        ["январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри", ""];

    private static readonly IReadOnlyDictionary<string, CultureInfo> ByCode = Languages.ToDictionary(code => code, Build);

    /// <summary>The culture a text in this language formats with (English for a language the site does not have).</summary>
    public static CultureInfo Culture(string language) => ByCode.TryGetValue(language, out var culture) ? culture : ByCode["en"];

    /// <summary>
    /// A date as each language writes it in an official text: "14 September 2042", "14 сентября 2042 г.", "2042 жылғы
    /// 14 қыркүйек", "2042-ж., 14-сентябрь", "14 сентябри соли 2042", "14 sentýabr 2042", "2042-yil 14-sentabr".
    /// </summary>
    public static string DatePattern(string language) => language switch
    {
        "ru" => "d MMMM yyyy 'г.'",
        "kk" => "yyyy 'жылғы' d MMMM",
        "ky" => "yyyy-'ж'., d-MMMM",
        "tg" => "d MMMM 'соли' yyyy",
        "uz" => "yyyy-'yil' d-MMMM",
        _ => "d MMMM yyyy",
    };

    /// <summary>An instant in UTC as a reader of the language reads it: "21 ноября 2035 г., 05:00 UTC".</summary>
    public static string Instant(DateTime utc, string language) =>
        $"{utc.ToString(DatePattern(language), Culture(language))}, {utc.ToString("HH:mm", Culture(language))} UTC";

    private static CultureInfo Build(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        if (code == "tg")
        {
            culture.DateTimeFormat.MonthGenitiveNames = TajikMonthsInDate;
            culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = TajikMonthsInDate;
        }

        return CultureInfo.ReadOnly(culture);
    }
}
