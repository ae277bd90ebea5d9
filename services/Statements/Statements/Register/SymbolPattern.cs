namespace SummitCoordination.Statements.Register;

/// <summary>
/// How a body's documents are named: a pattern with the placeholders <c>{format}</c> (<c>C5</c>, <c>C5+USA</c>),
/// <c>{body}</c> (the body's abbreviation), <c>{year}</c> (the meeting's year), <c>{series}</c> and <c>{n}</c> (the
/// number in the series that year). The default is <c>{format}/{body}/{year}/{series}.{n}</c>, which gives
/// <c>C5/CFM/2027/WP.3</c> for the Council of Foreign Ministers. Suffixes (<c>/Rev.1</c>, <c>/Corr.1</c>, <c>/Add.1</c>)
/// are appended to the base symbol, never part of the pattern.
/// </summary>
public static partial class SymbolPattern
{
    public const string Default = "{format}/{body}/{year}/{series}.{n}";

    public const int MaxLength = 100;

    private static readonly string[] Placeholders = ["{format}", "{body}", "{year}", "{series}", "{n}"];

    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "in", "to", "a" };

    /// <summary>A pattern as given, or a 400: it needs <c>{series}</c> and <c>{n}</c>, and only symbol characters besides.</summary>
    public static string Checked(string? pattern)
    {
        var p = (pattern ?? "").Trim();
        if (p.Length is 0 or > MaxLength || !p.Contains("{series}", StringComparison.Ordinal) || !p.Contains("{n}", StringComparison.Ordinal))
        {
            throw DomainException.InvalidField("pattern", $"1 to {MaxLength} characters with {{series}} and {{n}} (and optionally {{format}}, {{body}}, {{year}}).");
        }

        var rest = Placeholders.Aggregate(p, (s, token) => s.Replace(token, "", StringComparison.Ordinal));
        if (!SymbolCharacters().IsMatch(rest))
        {
            throw DomainException.InvalidField("pattern", "Besides the placeholders, only letters, digits and / . + - _ are allowed.");
        }

        return p;
    }

    /// <summary>The abbreviation of a body from its English name: the initials of its words, small words left out (Council of Foreign Ministers: CFM).</summary>
    public static string Abbreviation(string bodyName)
    {
        var initials = new StringBuilder();
        foreach (var word in bodyName.Split([' ', '-', ',', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("C5", StringComparison.OrdinalIgnoreCase) || Minor.Contains(word) || !char.IsLetter(word[0]))
            {
                continue;
            }

            initials.Append(char.ToUpperInvariant(word[0]));
        }

        return initials.Length == 0 ? "GEN" : initials.ToString();
    }

    /// <summary>The base symbol of the <paramref name="number"/>th document of a series in a year.</summary>
    public static string Render(string pattern, string format, string body, int year, string series, int number) =>
        pattern.Replace("{format}", format, StringComparison.Ordinal)
            .Replace("{body}", body, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{series}", series, StringComparison.Ordinal)
            .Replace("{n}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A suffixed symbol: <c>C5/CFM/2027/WP.3/Rev.1</c>.</summary>
    public static string WithSuffix(string symbol, SymbolSuffix suffix, int number) =>
        suffix == SymbolSuffix.None ? symbol : $"{symbol}/{suffix}.{number}";

    [GeneratedRegex(@"^[A-Za-z0-9/.+\-_]*$")]
    private static partial Regex SymbolCharacters();
}

/// <summary>Column sizes of the register.</summary>
public static class RegisterLimits
{
    /// <summary>The longest symbol: a pattern's worth plus suffixes.</summary>
    public const int Symbol = 160;
}
