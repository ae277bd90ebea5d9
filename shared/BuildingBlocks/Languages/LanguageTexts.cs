using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace SummitCoordination.BuildingBlocks.Languages;

/// <summary>
/// The texts of one resource family in one of the seven languages: <c>{Name}.resx</c> in English and
/// <c>{Name}.{code}.resx</c> in each of the others, edited directly like the web app's <c>Strings</c> (the ASP.NET Core
/// convention). A key no file has is a fault of the code, not of the reader's language: it throws, where a label
/// printed as its own key would go unseen. A family is named by the type beside its files (<c>RecordLabels</c> reads
/// <c>Records/RecordLabels*.resx</c>). That every language has every key is <c>ResourceFileTests</c>'s to check.
/// </summary>
public class LanguageTexts(string language, Type family)
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Families = new();

    private readonly ResourceManager _resources = Families.GetOrAdd(family, t => new ResourceManager(t.FullName!, t.Assembly));

    /// <summary>The language's code (one of <see cref="OfficialDates.Languages"/>; English for any other).</summary>
    public string Language { get; } = OfficialDates.Languages.Contains(language) ? language : "en";

    /// <summary>The culture the language's numbers and dates are written in (<see cref="OfficialDates.Culture"/>).</summary>
    protected CultureInfo Culture => OfficialDates.Culture(Language);

    public string this[string key] => Find(key) ?? throw new KeyNotFoundException($"No text '{key}' in {_resources.BaseName}.resx.");

    /// <summary>The text of a key that may have none (a template looked up by a code read from a message); null for none.</summary>
    protected string? Find(string key) => _resources.GetString(key, Culture);

    /// <summary>A text with its placeholders filled (<c>"item {0}"</c>).</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);
}
