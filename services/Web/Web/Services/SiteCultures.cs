using System.Globalization;
using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The site's seven cultures (issue 24, point 2), as this machine's ICU gives them and with what it lacks supplied
/// (<see cref="OfficialDates"/>, shared with the services' PDFs: Tajik's and Kyrgyz's months in a date, and the
/// official order of a date in each language). Every page writes a date with <see cref="Display.Date(DateOnly?)"/>.
/// </summary>
public static class SiteCultures
{
    /// <summary>The cultures the request localization chooses from (the same objects, so a page formats with what is supplied here).</summary>
    public static IList<CultureInfo> All => [.. Display.Languages.Select(l => OfficialDates.Culture(l.Code))];

    /// <summary>The culture a page in this language formats with (English for a language the site does not have).</summary>
    public static CultureInfo Of(string language) => OfficialDates.Culture(language);
}
