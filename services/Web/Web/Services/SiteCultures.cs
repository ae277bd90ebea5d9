using System.Globalization;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The site's seven cultures (issue 24, point 2), as this machine's ICU gives them and with what it lacks supplied. ICU
/// (checked on the build machine: <c>README.md</c>, "Languages") has month names, number formats and date patterns for
/// all of kk, ky, tg, tk and uz; what it lacks are Tajik's month names in a date (ICU gives the standalone, capitalised
/// "Сентябр"; a Tajik date reads "14 сентябри соли 2042") and the official order of a date in Kazakh and Uzbek, which
/// put the year first. <see cref="DatePattern"/> is the one pattern every page writes a date with.
/// </summary>
public static class SiteCultures
{
    /// <summary>Tajik's month names in a date: lower case, with the izofat (-и) that joins the month to what follows.</summary>
    private static readonly string[] TajikMonthsInDate =
        ["январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри", ""];

    private static readonly IReadOnlyDictionary<string, CultureInfo> ByCode = Display.Languages.ToDictionary(l => l.Code, l => Build(l.Code));

    /// <summary>The cultures the request localization chooses from (the same objects, so a page formats with what is supplied here).</summary>
    public static IList<CultureInfo> All => [.. Display.Languages.Select(l => ByCode[l.Code])];

    /// <summary>The culture a page in this language formats with (English for a language the site does not have).</summary>
    public static CultureInfo Of(string language) => ByCode.TryGetValue(language, out var culture) ? culture : ByCode["en"];

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
