namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Concordance (DOMAIN.md, Statements): the English and Russian versions have the same paragraphs in the same order,
/// each with both texts. Paragraphs hold both languages side by side, so the order is the same by construction; what
/// is left to check is that each has both texts and neither is marked "translation pending".
/// </summary>
public static class Concordance
{
    public static IEnumerable<ParagraphBlockReason> Gaps(Paragraph paragraph)
    {
        if (paragraph.English is null)
        {
            yield return ParagraphBlockReason.EnglishMissing;
        }

        if (paragraph.Russian is null)
        {
            yield return ParagraphBlockReason.RussianMissing;
        }

        if (paragraph.TranslationPending)
        {
            yield return ParagraphBlockReason.TranslationPending;
        }
    }

    /// <summary>
    /// Whether a version is held to concordance: one with a Russian text. A version drafted in English alone (the
    /// rulebook: "usually" a Russian one) has no second language to concord with; the first Russian paragraph makes
    /// every paragraph need both.
    /// </summary>
    public static bool Applies(IReadOnlyCollection<Paragraph> paragraphs) => paragraphs.Any(p => p.Russian is not null || p.TranslationPending);
}
