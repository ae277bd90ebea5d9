using System.Globalization;
using System.Xml.Linq;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>A text of the web app in a language, as its resource file has it: a step finds what a reader of that language reads.</summary>
public static class WebTexts
{
    public static string Of(string language, string key, params object[] args)
    {
        var value = XDocument.Load(Path.Combine(Repository.Root, "services/Web/Web/Resources", language == "en" ? "Strings.resx" : $"Strings.{language}.resx"))
            .Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;
        return string.Format(CultureInfo.InvariantCulture, value, args);
    }
}
