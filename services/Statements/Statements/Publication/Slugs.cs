using System.Globalization;

namespace SummitCoordination.Statements.Publication;

/// <summary>Stable readable names: <c>2023-dushanbe-joint-statement</c>, <c>2025-tashkent-c5-usa-joint-statement</c>.</summary>
public static class Slugs
{
    public static string KindWords(StatementKind kind) => kind switch
    {
        StatementKind.JointStatement => "joint-statement",
        StatementKind.Declaration => "declaration",
        StatementKind.Communique => "communique",
        StatementKind.ChairmansStatement => "chairmans-statement",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Base(int year, string city, string? partner, StatementKind kind, string? corrects)
    {
        if (corrects is not null)
        {
            return $"{corrects}-corrigendum";
        }

        var format = partner is null ? "" : $"-c5-{Words(partner)}";
        return $"{year}-{Words(city)}{format}-{KindWords(kind)}";
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens (diacritics dropped).</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
