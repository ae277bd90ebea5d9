using System.Globalization;

namespace SummitCoordination.Scheduling.Notifications;

/// <summary>
/// The inbox's messages as codes with arguments (issue 19, point 13): every English sentence an inbox holds is written
/// from one of these templates, and read back into its code and arguments, so that a page writes the message in its
/// reader's language while an API client keeps the English sentence. Instants are written as <c>u</c>
/// ("2042-09-28 05:00:00Z"), days as <c>yyyy-MM-dd</c>; the arguments are the values as written.
/// </summary>
public static partial class NotificationTexts
{
    /// <summary>Code → English template; the kind a message is stored under may have more than one code (an amendment accepted or rejected).</summary>
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        ["Reminder"] = "'{0}' starts in {1} day(s), at {2} ({3}).",
        ["AgendaDeadline"] = "The agenda of '{0}' is closed for new items.",
        ["Postponed"] = "'{0}' was postponed: {1}",
        ["Cancelled"] = "'{0}' was cancelled: {1}",
        ["Moved"] = "'{0}' now runs {1} to {2} at {3}, {4}, hosted by {5}.",
        ["Rescheduled"] = "'{0}' now runs {1} to {2} at {3}, {4}.",
        ["OpenForSignature"] = "'{0}' is open for signature since {1} (instrument {2}).",
        ["InForce"] = "Instrument {0} is in force for {1} since {2}.",
        ["SilenceBroken"] = "Silence was broken on an item of '{0}': {1}",
        ["SilenceBrokenOn"] = "Silence was broken on '{1}', an item of '{0}': {2}",
        ["ItemDecided"] = "An item of '{0}' was decided: {1} ({2}). {3}",
        ["ItemDecidedOn"] = "'{1}', an item of '{0}', was decided: {2} ({3}). {4}",
        ["AmendmentAccepted"] = "Your amendment to '{0}' was accepted (version {1}).",
        ["AmendmentRejected"] = "Your amendment to '{0}' was rejected: {1}",
        ["AmendmentProposed"] = "{0} proposed an amendment to '{1}' (version {2}): {3}",
        ["SilenceStarted"] = "'{0}' is under the silence procedure until {1}: adopted then unless a state breaks silence.",
        ["ItemAdded"] = "An item was added to the agenda of '{0}': '{1}'.",
        ["ParagraphChanged"] = "{0} of '{1}', on which your state holds a reservation: {2}; it is now {3}.",
        ["Invited"] = "Your state is invited to '{0}', {1} to {2} at {3}, {4}.",
        ["AdReferendumLapsed"] = "{0} of '{1}' was agreed ad referendum; {2}'s capital did not confirm it by {3}.",
        ["RecordDrafted"] = "The draft record of '{0}' is issued: your delegation may correct what concerns its state until {1}.",
        ["RecordFinalised"] = "The record of '{0}' is final: it no longer changes.",
    };

    private static readonly IReadOnlyDictionary<string, string[]> CodesOfKind = new Dictionary<string, string[]>
    {
        ["AmendmentAnswered"] = ["AmendmentAccepted", "AmendmentRejected"],
        ["ItemDecided"] = ["ItemDecidedOn", "ItemDecided"],
        ["SilenceBroken"] = ["SilenceBrokenOn", "SilenceBroken"],
    };

    private static readonly Dictionary<string, Regex> Patterns = Templates.ToDictionary(t => t.Key, t => new Regex(
        "^" + Placeholder().Replace(Regex.Escape(t.Value).Replace("\\{", "{"), m => $"(?<a{m.Groups[1].Value}>.*?)") + "$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant));

    /// <summary>The English sentence of a code with its arguments (instants and days written as the templates expect).</summary>
    public static string Write(string code, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Templates[code], args.Select(Written).ToArray());

    /// <summary>An instant as the messages write it: "2042-09-28 05:00:00Z".</summary>
    public static string Instant(DateTime utc) => utc.ToString("u", CultureInfo.InvariantCulture);

    /// <summary>
    /// The code and arguments of a stored message: the template of its kind that the sentence matches; a message written
    /// otherwise (an older one, another sentence) has no code, and a page shows its English sentence.
    /// </summary>
    public static (string? Code, IReadOnlyList<string> Args) Read(string kind, string message)
    {
        foreach (var code in CodesOfKind.TryGetValue(kind, out var codes) ? codes : [kind])
        {
            if (Patterns.TryGetValue(code, out var pattern) && pattern.Match(message) is { Success: true } match)
            {
                var count = Placeholder().Matches(Templates[code]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Count();
                return (code, Enumerable.Range(0, count).Select(i => match.Groups[$"a{i}"].Value).ToList());
            }
        }

        return (null, []);
    }

    private static object? Written(object? value) => value switch
    {
        DateTime at => Instant(at),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
