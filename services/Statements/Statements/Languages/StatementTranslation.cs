namespace SummitCoordination.Statements.Languages;

/// <summary>
/// A statement's text in one of the five states' languages (issue 24, point 3): its title and whole text in Markdown,
/// rendered as a version's text is (<see cref="StatementText.ToHtml"/>). A text in a language the statement names
/// authentic is part of what is adopted, so it changes only until adoption; any other is a translation, which may be
/// put or corrected at any time, after publication too.
/// </summary>
public sealed class StatementTranslation
{
    public Guid StatementId { get; private set; }
    public string Language { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Markdown { get; private set; } = "";
    public string Html { get; private set; } = "";
    public DateTime UpdatedUtc { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    private StatementTranslation()
    {
    }

    public StatementTranslation(Guid statementId, string language) => (StatementId, Language) = (statementId, language);

    public void Put(string title, string markdown, DateTime nowUtc, string by)
    {
        Title = title;
        Markdown = markdown;
        Html = StatementText.ToHtml(markdown);
        UpdatedUtc = nowUtc;
        UpdatedBy = by;
    }
}
