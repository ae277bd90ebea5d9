namespace SummitCoordination.Statements.Register;

/// <summary>
/// The secretariat registers a document of a meeting (<c>POST /api/register/documents</c>). The symbol is given by
/// the body's pattern: the series defaults from the kind, the number is the next of the series that year unless named.
/// </summary>
public sealed record RegisterDocumentRequest(
    Guid? MeetingId,
    DocumentKind? Kind,
    string? Title,
    string? TitleRu = null,
    DistributionLevel? Level = null,
    IReadOnlyList<string>? Recipients = null,
    DateOnly? DocumentDate = null,
    DateOnly? DerestrictOn = null,
    Guid? ItemId = null,
    string? ItemTitle = null,
    string? Series = null,
    int? Number = null) : IDocumentDescription;

/// <summary>The secretariat edits what it said of a document (<c>PUT /api/register/documents/{id}</c>): all of it, as for registering.</summary>
public sealed record EditDocumentRequest(
    DocumentKind? Kind,
    string? Title,
    string? TitleRu = null,
    DistributionLevel? Level = null,
    IReadOnlyList<string>? Recipients = null,
    DateOnly? DocumentDate = null,
    DateOnly? DerestrictOn = null,
    Guid? ItemId = null,
    string? ItemTitle = null) : IDocumentDescription;

/// <summary>
/// A revision (<c>Rev</c>: replaces the current version), corrigendum (<c>Corr</c>) or addendum (<c>Add</c>) of a
/// document (<c>POST /api/register/documents/{id}/suffixes</c>); what is not given is taken from the document.
/// </summary>
public sealed record SuffixDocumentRequest(
    SymbolSuffix? Suffix,
    string? Title = null,
    string? TitleRu = null,
    DistributionLevel? Level = null,
    IReadOnlyList<string>? Recipients = null,
    DateOnly? DocumentDate = null,
    DateOnly? DerestrictOn = null) : IDocumentTitles;

/// <summary>A body's symbol pattern (<c>PUT /api/register/bodies/{bodyId}</c>).</summary>
public sealed record BodyPatternRequest(string? Pattern);

/// <summary>What every request that describes a document may say of its titles, level and recipients.</summary>
public interface IDocumentTitles
{
    string? Title { get; }

    string? TitleRu { get; }

    DistributionLevel? Level { get; }

    IReadOnlyList<string>? Recipients { get; }
}

/// <summary>A document described in full (registered, or edited): its kind and title are required.</summary>
public interface IDocumentDescription : IDocumentTitles
{
    DocumentKind? Kind { get; }

    string? ItemTitle { get; }
}

internal static class RegisterRules
{
    public const int MaxTitle = 300;

    /// <summary>The rules of <see cref="IDocumentTitles"/>, for every request that has them.</summary>
    public static void Titles<T>(this AbstractValidator<T> validator)
        where T : IDocumentTitles
    {
        validator.RuleFor(r => r.Title).MaximumLength(MaxTitle);
        validator.RuleFor(r => r.TitleRu).MaximumLength(MaxTitle);
        validator.RuleFor(r => r.Level).IsInEnum();
        validator.RuleFor(r => r.Recipients).Must(r => r!.Count <= 40).When(r => r.Recipients is not null);
        validator.RuleForEach(r => r.Recipients).Must(PartyCodes.IsWellFormed).WithName("recipients")
            .WithMessage("A recipient is a party code: 2 to 10 upper-case letters (KAZ, EU).");
    }

    /// <summary>The rules of <see cref="IDocumentDescription"/>: those of the titles, a kind, and a title given.</summary>
    public static void Description<T>(this AbstractValidator<T> validator)
        where T : IDocumentDescription
    {
        validator.RuleFor(r => r.Kind).NotNull().IsInEnum();
        validator.RuleFor(r => r.Title).NotEmpty();
        validator.RuleFor(r => r.ItemTitle).MaximumLength(MaxTitle);
        validator.Titles();
    }
}

public sealed class RegisterDocumentRequestValidator : AbstractValidator<RegisterDocumentRequest>
{
    public RegisterDocumentRequestValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        this.Description();
        RuleFor(r => r.Series).Must(DocumentSeries.IsKnown).When(r => r.Series is not null)
            .WithMessage($"A series is one of {string.Join(", ", DocumentSeries.All)}.");
        RuleFor(r => r.Number).InclusiveBetween(1, 99999);
    }
}

public sealed class EditDocumentRequestValidator : AbstractValidator<EditDocumentRequest>
{
    public EditDocumentRequestValidator() => this.Description();
}

public sealed class SuffixDocumentRequestValidator : AbstractValidator<SuffixDocumentRequest>
{
    public SuffixDocumentRequestValidator()
    {
        RuleFor(r => r.Suffix).NotNull().IsInEnum().NotEqual(SymbolSuffix.None).WithMessage("suffix is Rev, Corr or Add.");
        this.Titles();
    }
}

public sealed class BodyPatternRequestValidator : AbstractValidator<BodyPatternRequest>
{
    public BodyPatternRequestValidator() => RuleFor(r => r.Pattern).NotEmpty().MaximumLength(SymbolPattern.MaxLength);
}
