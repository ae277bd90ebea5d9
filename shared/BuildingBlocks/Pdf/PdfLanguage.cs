using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.BuildingBlocks.Pdf;

/// <summary>
/// The language a PDF is asked in (<c>?lang=</c>, issue 24): one of the site's seven, English when none is asked, a
/// 400 for any other. What every printed page says in it: its number.
/// </summary>
public static class PdfLanguage
{
    /// <summary>The language asked, lower case; English for none; a refusal (400, <c>pdf.language</c>) for a language the site does not have.</summary>
    public static string Parse(string? lang)
    {
        var code = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        return OfficialDates.Languages.Contains(code)
            ? code
            : throw new DomainException(DomainErrorKind.Invalid, "pdf.language",
                $"A PDF is printed in one of {string.Join(", ", OfficialDates.Languages)}; '{lang}' is none of them.");
    }

    /// <summary>"Page 2 of 5" in the language.</summary>
    public static string PageOf(int page, int count, string language) => language switch
    {
        "ru" => $"Стр. {page} из {count}",
        "kk" => $"{page}-бет, барлығы {count}",
        "ky" => $"{page}-бет, бардыгы {count}",
        "tg" => $"Саҳифаи {page} аз {count}",
        "tk" => $"Sahypa {page} / {count}",
        "uz" => $"{page}-sahifa, jami {count}",
        _ => $"Page {page} of {count}",
    };
}
