namespace SummitCoordination.Contracts;

/// <summary>The five members (DOMAIN.md, Parties): fixed by the treaty of the process, not reference data.</summary>
public static class C5
{
    public static readonly IReadOnlyList<string> Members = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
}
