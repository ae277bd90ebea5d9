using System.Globalization;
using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Scheduling.Mail;

/// <summary>
/// The words of a mail in its reader's language (<c>MailTexts.resx</c>, <c>MailTexts.{code}.resx</c>): each notice is
/// read back into its code and arguments (<see cref="NotificationTexts.Read"/>) and written from the language's template,
/// its instants and days as the language writes a date (<see cref="OfficialDates"/>, as the pages do); a notice no
/// template matches keeps its English sentence. Read through <see cref="LanguageTexts"/>, as the PDFs' labels are.
/// </summary>
public sealed class MailTexts(string language) : LanguageTexts(language, typeof(MailTexts))
{
    public string Notice(MailNotice notice)
    {
        var (code, args) = NotificationTexts.Read(notice.Kind.ToString(), notice.Message);
        return code is null || Find($"Inbox.{code}") is not { } template
            ? notice.Message
            : string.Format(Culture, template, args.Select(Argument).ToArray());
    }

    /// <summary>An instant in the language: "21 ноября 2035 г., 05:00 UTC".</summary>
    public string Instant(DateTime utc) => OfficialDates.Instant(utc, Language);

    private object? Argument(string value) =>
        DateTime.TryParseExact(value, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at) ? Instant(at)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? OfficialDates.Format(day, Language)
            // An outcome, a rule or a paragraph's status in the language's words ("Принято (Консенсус)", not "Adopted (Consensus)").
            : Find($"Outcome.{value}") ?? Find($"Rule.{value}") ?? Find($"ParagraphStatus.{value}") ?? value;

    public string Kind(Contracts.NotificationKind kind) => this[$"Kind.{kind}"];
}
