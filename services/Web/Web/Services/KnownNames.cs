using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The names the services store in English and no person typed (issue 19, point 13; issue 24, point 2): the cities of the
/// five and of the meetings of the record, the ranks filled in by default, the seeded meetings' titles, the standard
/// bodies and the parties. Their texts in each language are resources (<c>Name.City.Astana</c>, <c>Name.Rank.Expert</c>,
/// <c>Name.Title.Consultative1</c>, <c>Name.Body.…</c>, <c>Name.Party.KAZ</c>), so the one test that every key has a text
/// in every language covers them too. A name not in these lists is what someone wrote, and is shown as written.
/// </summary>
public static partial class KnownNames
{
    private static readonly ResourceManager Resources = new("SummitCoordination.Web.Resources.Strings", typeof(Strings).Assembly);

    public static readonly FrozenSet<string> Cities = new[]
    {
        "Astana", "Almaty", "Bishkek", "Cholpon-Ata", "Dushanbe", "Ashgabat", "Avaza", "Tashkent", "Samarkand", "Turkistan",
        "Khujand", "Osh", "Bukhara", "Khiva", "Termez", "Moscow", "Beijing", "Xi'an", "Washington", "New York", "Tokyo", "Seoul",
        "New Delhi", "Berlin", "Ankara", "Brussels", "Baku", "Kabul", "Venue not recorded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Ranks = new[]
    {
        "Head of State", "Minister of Foreign Affairs", "National Coordinator", "Senior Official", "Expert", "Head of delegation",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Consultative Meetings of the record, by their English titles: the nth is <c>Name.Title.Consultative{n}</c>.</summary>
    public static readonly IReadOnlyList<string> Titles =
    [
        "First Consultative Meeting of the Heads of State of Central Asia",
        "Second Consultative Meeting of the Heads of State of Central Asia",
        "Third Consultative Meeting of the Heads of State of Central Asia",
        "Fourth Consultative Meeting of the Heads of State of Central Asia",
        "Fifth Consultative Meeting of the Heads of State of Central Asia",
        "Sixth Consultative Meeting of the Heads of State of Central Asia",
        "Seventh Consultative Meeting of the Heads of State of Central Asia",
    ];

    /// <summary>The standard bodies of the C5 (Scheduling's <c>StandardCatalog</c>), by their English names.</summary>
    public static readonly IReadOnlySet<string> Bodies = new HashSet<string>(StringComparer.Ordinal)
    {
        "Consultative Meeting of the Heads of State of Central Asia", "Council of Foreign Ministers", "National Coordinators",
        "Working Group on Political and Security Cooperation", "Working Group on Economy and Trade", "Working Group on Water and Energy",
        "Working Group on Transport and Connectivity", "Working Group on Environment and Climate", "Working Group on Social and Cultural Cooperation",
    };

    /// <summary>The parties of the standard catalogue, whose names the five states' languages take from the resources.</summary>
    public static readonly IReadOnlyList<string> Parties =
        ["KAZ", "KGZ", "TJK", "TKM", "UZB", "USA", "CHN", "RUS", "JPN", "KOR", "IND", "DEU", "TUR", "EU", "AFG", "AZE", "UN"];

    /// <summary>Every key of the name tables (a test reads them: each has a text in every language).</summary>
    public static IEnumerable<string> Keys =>
        Cities.Select(c => Key("City", c)).Concat(Ranks.Select(r => Key("Rank", r)))
            .Concat(Titles.Select((_, i) => $"Name.Title.Consultative{i + 1}"))
            .Concat(Bodies.Select(b => Key("Body", b))).Concat(["Name.Body.PartnerSummit", "Name.Body.PartnerMinisters", "Name.Body.PartnerSeniorOfficials"])
            .Concat(Parties.Select(p => $"Name.Party.{p}"));

    /// <summary>"Name.City.CholponAta": the group and the name's words run together, without spaces or signs.</summary>
    public static string Key(string group, string name) =>
        $"Name.{group}." + string.Concat(Word().Matches(name).Select(w => char.ToUpperInvariant(w.Value[0]) + w.Value[1..]));

    /// <summary>A resource's text in the reader's language; null when there is none.</summary>
    public static string? Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>A city's or a rank's name in the reader's language when the table knows it; otherwise the name as stored.</summary>
    public static string Of(string? name, FrozenSet<string> table)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var trimmed = name.Trim();
        return Display.IsEnglish || !table.TryGetValue(trimmed, out var known) ? name : Text(Key(GroupOf(table), known)) ?? name;
    }

    /// <summary>A Consultative Meeting's title of the record in the reader's language; null for any other title.</summary>
    public static string? Title(string title) =>
        Titles.ToList().IndexOf(title) is var i and >= 0 ? Text($"Name.Title.Consultative{i + 1}") : null;

    /// <summary>A standard body's name in the reader's language (a partner format's bodies from their pattern); null for another body.</summary>
    public static string? Body(string name)
    {
        if (Bodies.Contains(name))
        {
            return Text(Key("Body", name));
        }

        var partner = PartnerBody().Match(name);
        if (!partner.Success)
        {
            return null;
        }

        var key = partner.Groups["what"].Value switch
        {
            "Summit" => "Name.Body.PartnerSummit",
            "Foreign Ministers' Meeting" => "Name.Body.PartnerMinisters",
            _ => "Name.Body.PartnerSeniorOfficials",
        };
        return Text(key) is { } pattern ? string.Format(Display.Formats, pattern, partner.Groups["format"].Value) : null;
    }

    /// <summary>
    /// A rank as the services store it (issue 19, point 13): a rank the table knows, typed or left as the form filled it in
    /// the reader's language, is stored under its English name, the one the services fill in themselves, and shown again
    /// in the reader's language (<see cref="Display.Rank"/>); any other rank as typed.
    /// </summary>
    public static string RankToStore(string? rank) => ToStored(rank ?? "", Ranks);

    /// <summary>
    /// What the service stores for a name typed or shown in the reader's language: the English name of a city (or rank)
    /// of the table, so that every page shows it again in its reader's language; any other name as typed. A name in any of
    /// the site's languages is recognised (a Russian name typed on a Kazakh page is still Astana).
    /// </summary>
    public static string ToStored(string name, FrozenSet<string> table)
    {
        var trimmed = name.Trim();
        var group = GroupOf(table);
        foreach (var english in table)
        {
            if (string.Equals(english, trimmed, StringComparison.OrdinalIgnoreCase)
                || Display.Languages.Any(l => string.Equals(Resources.GetString(Key(group, english), CultureInfo.GetCultureInfo(l.Code)), trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return english;
            }
        }

        return trimmed;
    }

    private static string GroupOf(FrozenSet<string> table) => ReferenceEquals(table, Ranks) ? "Rank" : "City";

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?<format>C5\+\S+) (?<what>Summit|Foreign Ministers' Meeting|Senior Officials)$")]
    private static partial Regex PartnerBody();
}
