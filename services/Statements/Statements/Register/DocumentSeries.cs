namespace SummitCoordination.Statements.Register;

/// <summary>
/// The series of a symbol, the part before its number (<c>WP.3</c>): working paper, information note, draft text
/// (<c>L</c>, "limited" in the UN's usage), conference room paper, agenda, statement, record. Each kind has a default series.
/// </summary>
public static class DocumentSeries
{
    public static readonly IReadOnlyList<string> All = ["WP", "INF", "L", "CRP", "AG", "ST", "REC"];

    public static string DefaultFor(DocumentKind kind) => kind switch
    {
        DocumentKind.Agenda => "AG",
        DocumentKind.WorkingPaper => "WP",
        DocumentKind.DraftText => "L",
        DocumentKind.NationalStatement => "CRP",
        DocumentKind.InformationNote => "INF",
        DocumentKind.Record => "REC",
        DocumentKind.Statement => "ST",
        _ => "CRP",
    };

    public static bool IsKnown(string? series) => series is not null && All.Contains(series);
}
