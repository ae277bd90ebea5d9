namespace SummitCoordination.Statements.Languages;

/// <summary>A statement's text in one of the five states' languages: its title there and its whole text in Markdown.</summary>
public sealed record StatementTextRequest(string? Title, string? Markdown);

/// <summary>The languages whose texts are authentic for this statement (English and Russian when none are named).</summary>
public sealed record AuthenticLanguagesRequest(IReadOnlyList<string>? Languages);

/// <summary>A statement's texts beyond English and Russian, and the languages it names authentic.</summary>
public sealed record StatementTextsResponse(IReadOnlyList<string> Authentic, IReadOnlyList<StatementTextResponse> Texts);

public sealed record StatementTextResponse(string Language, string Title, string Markdown, string Html, DateTime UpdatedUtc, string UpdatedBy)
{
    public static StatementTextResponse From(StatementTranslation t) => new(t.Language, t.Title, t.Markdown, t.Html, t.UpdatedUtc, t.UpdatedBy);
}

public sealed class StatementTextRequestValidator : AbstractValidator<StatementTextRequest>
{
    public StatementTextRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Markdown).StatementText();
    }
}

public sealed class AuthenticLanguagesRequestValidator : AbstractValidator<AuthenticLanguagesRequest>
{
    public AuthenticLanguagesRequestValidator()
    {
        RuleFor(r => r.Languages).NotEmpty()
            .Must(l => l is null || l.Distinct(StringComparer.Ordinal).Count() == l.Count).WithMessage("Each language once.");
        RuleForEach(r => r.Languages).Must(l => StatementLanguages.All.Contains(l))
            .WithMessage($"A language is one of {string.Join(", ", StatementLanguages.All)}.");
    }
}
