namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Adoption needs a clean text (DOMAIN.md, Statements): no bracket, no open option, no unconfirmed ad referendum
/// paragraph, and concordance. The paragraphs that block a version, in order, with why; none for a clean text.
/// </summary>
public static class AdoptionGate
{
    public static IReadOnlyList<ParagraphBlock> Blocking(IReadOnlyCollection<Paragraph> paragraphs, Func<Guid, ParagraphStanding?> standing)
    {
        var concordance = Concordance.Applies(paragraphs);
        return paragraphs.OrderBy(p => p.Position)
            .Select(p => new ParagraphBlock(p.Id, p.Number,
                (standing(p.Id)?.Blocks() ?? []).Concat(concordance ? Concordance.Gaps(p) : []).Distinct().ToList()))
            .Where(b => b.Reasons.Count > 0)
            .ToList();
    }

    /// <summary>The paragraphs that were agreed (confirmed ad referendum counts as agreed): what a chairman's statement may be built from.</summary>
    public static IReadOnlyList<Paragraph> Agreed(IReadOnlyCollection<Paragraph> paragraphs, Func<Guid, ParagraphStanding?> standing) =>
        paragraphs.OrderBy(p => p.Position).Where(p => standing(p.Id) is not { } s || !s.Blocks().Any()).ToList();
}
