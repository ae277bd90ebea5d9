using System.Globalization;

namespace SummitCoordination.Scheduling.Chairs;

/// <summary>
/// Why a party chairs, as a code with arguments beside the English words (issue 19, point 13): the rotation writes its
/// reasons from these templates, and a response reads them back, so a page writes the reason in its reader's language.
/// The arguments are the base reason's, then how many turns were waived before it ("0": none), then the body whose chair
/// it is when the rotation follows another body ("": its own).
/// </summary>
public static partial class ChairReasons
{
    public const string First = "first in the rotation";

    public static string NextAfter(string party, DateOnly heldOn, string city) =>
        string.Create(CultureInfo.InvariantCulture, $"next after {party}, host of the meeting held on {heldOn:yyyy-MM-dd} in {city}");

    public static string Term(int year) => string.Create(CultureInfo.InvariantCulture, $"chair of {year}, the turn passing each year");

    public static string Waived(string reason, int waived) => string.Create(CultureInfo.InvariantCulture, $"{reason}; waived by {waived} before it");

    public static string Via(string bodyName, string reason) => $"the chair of {bodyName}: {reason}";

    /// <summary>The code (<c>ChairFirst</c>, <c>ChairNextAfter</c>, <c>ChairTerm</c>) and arguments of a reason; no code for other words.</summary>
    public static (string? Code, IReadOnlyList<string> Args) Read(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return (null, []);
        }

        var via = "";
        if (ViaPattern().Match(reason) is { Success: true } viaMatch)
        {
            (via, reason) = (viaMatch.Groups["body"].Value, viaMatch.Groups["reason"].Value);
        }

        var waived = "0";
        if (WaivedPattern().Match(reason) is { Success: true } waivedMatch)
        {
            (reason, waived) = (waivedMatch.Groups["reason"].Value, waivedMatch.Groups["n"].Value);
        }

        if (reason.Length == 0 || reason == First)
        {
            return ("ChairFirst", [waived, via]);
        }

        if (NextAfterPattern().Match(reason) is { Success: true } next)
        {
            return ("ChairNextAfter", [next.Groups["party"].Value, next.Groups["on"].Value, next.Groups["city"].Value, waived, via]);
        }

        return TermPattern().Match(reason) is { Success: true } term ? ("ChairTerm", [term.Groups["year"].Value, waived, via]) : (null, []);
    }

    [GeneratedRegex(@"^the chair of (?<body>.+?): (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex ViaPattern();

    [GeneratedRegex(@"^(?<reason>.*); waived by (?<n>\d+) before it$", RegexOptions.Singleline)]
    private static partial Regex WaivedPattern();

    [GeneratedRegex(@"^next after (?<party>\S+), host of the meeting held on (?<on>\d{4}-\d{2}-\d{2}) in (?<city>.+)$", RegexOptions.Singleline)]
    private static partial Regex NextAfterPattern();

    [GeneratedRegex(@"^chair of (?<year>\d{4}), the turn passing each year$")]
    private static partial Regex TermPattern();
}
