namespace SummitCoordination.Statements.Register;

/// <summary>
/// Words as search sees them, the same for what is indexed and what is asked: lower case, letters and digits only,
/// one space between words (a symbol <c>C5/CFM/2027/WP.3</c> is the words c5 cfm 2027 wp 3).
/// </summary>
public static class SearchTerms
{
    public const int MaxTerms = 10;

    public static string Normalize(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normal.Append(char.ToLowerInvariant(c));
            }
            else if (normal.Length > 0 && normal[^1] != ' ')
            {
                normal.Append(' ');
            }
        }

        return normal.ToString().TrimEnd();
    }

    /// <summary>The words of a query, at most <see cref="MaxTerms"/>, each at most 50 characters.</summary>
    public static IReadOnlyList<string> Of(string? query) =>
        Normalize(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length <= 50).Distinct().Take(MaxTerms).ToList();
}
