namespace SummitCoordination.Scheduling.People;

/// <summary>
/// The languages a mail can be written in, as culture codes (a person's <see cref="Person.Language"/>). English is the
/// fallback of every text; a language joins by its code here and its <c>Mail/MailTexts.{code}.resx</c>.
/// </summary>
public static class MailLanguages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [English, "ru", "kk", "ky", "tg", "tk", "uz"];

    public static bool IsSupported(string? code) => code is not null && Supported.Contains(code, StringComparer.Ordinal);
}
