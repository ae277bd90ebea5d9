namespace SummitCoordination.Statements.Drafting;

/// <summary>One alternative wording as the chair tables it: its text (either language, or both) and its sponsors.</summary>
public sealed record OptionWording(string? English, string? Russian, IReadOnlyList<string> Sponsors);
