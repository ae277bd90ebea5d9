namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// A statement's text in one of the five states' languages as printed after the authentic pair when the PDF is asked
/// in that language (issue 24): its title, its words (Markdown marks dropped), and whether the statement names the
/// language authentic.
/// </summary>
public sealed record OfficialTranslation(string Language, string Title, string Text, bool Authentic);
