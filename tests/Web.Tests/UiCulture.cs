using System.Globalization;

namespace SummitCoordination.Web.Tests;

/// <summary>Reads something as a page in a language would: the UI culture set for the call, then put back.</summary>
internal static class UiCulture
{
    public static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
