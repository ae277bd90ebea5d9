using System.Globalization;
using System.Resources;
using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// The words of a mail in its reader's language (<c>MailTexts.resx</c>, <c>MailTexts.{code}.resx</c>): each notice is
/// read back into its code and arguments (<see cref="NotificationTexts.Read"/>) and written from the language's template,
/// its instants and days as the language writes a date (<see cref="OfficialDates"/>, as the pages do); a notice no
/// template matches keeps its English sentence.
/// </summary>
public sealed class MailTexts(string language)
{
    private static readonly ResourceManager Resources = new("SummitCoordination.Scheduling.Mail.MailTexts", typeof(MailTexts).Assembly);

    private readonly CultureInfo _culture = OfficialDates.Culture(language);

    public string this[string key] => Resources.GetString(key, _culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(_culture, this[key], args);

    public string Notice(MailNotice notice)
    {
        var (code, args) = NotificationTexts.Read(notice.Kind.ToString(), notice.Message);
        return code is null || Resources.GetString($"Inbox.{code}", _culture) is not { } template
            ? notice.Message
            : string.Format(_culture, template, args.Select(Argument).ToArray());
    }

    /// <summary>An instant in the language: "21 ноября 2035 г., 05:00 UTC".</summary>
    public string Instant(DateTime utc) => OfficialDates.Instant(utc, language);

    private object? Argument(string value) =>
        DateTime.TryParseExact(value, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at) ? Instant(at)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString(OfficialDates.Pattern(language), _culture)
            : value;

    public string Kind(Contracts.NotificationKind kind) => this[$"Kind.{kind}"];
}
