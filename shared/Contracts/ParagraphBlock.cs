namespace SummitCoordination.Contracts;

/// <summary>Why a paragraph keeps a text from being put to the decision (DOMAIN.md, Adoption needs a clean text; Concordance).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphBlockReason>))]
public enum ParagraphBlockReason
{
    Bracketed,
    OpenOptions,
    AdReferendumUnconfirmed,
    EnglishMissing,
    RussianMissing,
    TranslationPending,
}

/// <summary>A paragraph that blocks adoption: its id, its number in the version, and why.</summary>
public sealed record ParagraphBlock(Guid ParagraphId, string Number, IReadOnlyList<ParagraphBlockReason> Reasons);
