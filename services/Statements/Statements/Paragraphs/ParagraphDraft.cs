namespace SummitCoordination.Statements.Paragraphs;

/// <summary>A paragraph as an act asks for it, before it is placed and numbered in a version.</summary>
public sealed record ParagraphDraft(Guid Id, ParagraphPart Part, string? English, string? Russian, bool TranslationPending);
