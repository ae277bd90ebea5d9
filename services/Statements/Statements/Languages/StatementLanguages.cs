namespace SummitCoordination.Statements.Languages;

/// <summary>
/// The languages a statement's text may be in (issue 24): English and Russian, the texts of its versions, and the five
/// states' languages, whose texts are kept beside the versions (<see cref="StatementTranslation"/>).
/// </summary>
public static class StatementLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "ru", "kk", "ky", "tg", "tk", "uz"];

    /// <summary>The languages beyond the versions' two, each text kept whole (<see cref="StatementTranslation"/>).</summary>
    public static readonly IReadOnlyList<string> Beyond = ["kk", "ky", "tg", "tk", "uz"];

    /// <summary>The authentic pair of a statement that names no authentic languages of its own.</summary>
    public static readonly IReadOnlyList<string> DefaultAuthentic = ["en", "ru"];

    /// <summary>A statement's authentic languages: those it names, else English and Russian.</summary>
    public static IReadOnlyList<string> Authentic(IReadOnlyList<string> named) => named.Count > 0 ? named : DefaultAuthentic;

    /// <summary>Languages as the read model keeps them, between bars (<c>|kk|uz|</c>), so one LIKE finds a language.</summary>
    public static string Bars(IEnumerable<string> codes) => codes.Any() ? "|" + string.Join("|", codes.Order(StringComparer.Ordinal)) + "|" : "";
}
