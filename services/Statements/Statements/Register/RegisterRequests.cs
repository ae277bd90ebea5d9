using FluentValidation;
using SummitCoordination.BuildingBlocks.Identity;

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
    int? Number = null);

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
    string? ItemTitle = null);

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
    DateOnly? DerestrictOn = null);

/// <summary>A body's symbol pattern (<c>PUT /api/register/bodies/{bodyId}</c>).</summary>
public sealed record BodyPatternRequest(string? Pattern);

internal static class RegisterRules
{
    public const int MaxTitle = 300;

    public static void Recipients<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> recipients) =>
        validator.RuleForEach(r => recipients(r)).Must(PartyCodes.IsWellFormed).WithName("recipients")
            .WithMessage("A recipient is a party code: 2 to 10 upper-case letters (KAZ, EU).");
}

public sealed class RegisterDocumentRequestValidator : AbstractValidator<RegisterDocumentRequest>
{
    public RegisterDocumentRequestValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.TitleRu).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.ItemTitle).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.Level).IsInEnum();
        RuleFor(r => r.Series).Must(DocumentSeries.IsKnown).When(r => r.Series is not null)
            .WithMessage($"A series is one of {string.Join(", ", DocumentSeries.All)}.");
        RuleFor(r => r.Number).InclusiveBetween(1, 99999);
        RuleFor(r => r.Recipients).Must(r => r!.Count <= 40).When(r => r.Recipients is not null);
        this.Recipients(r => r.Recipients);
    }
}

public sealed class EditDocumentRequestValidator : AbstractValidator<EditDocumentRequest>
{
    public EditDocumentRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.TitleRu).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.ItemTitle).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.Level).IsInEnum();
        RuleFor(r => r.Recipients).Must(r => r!.Count <= 40).When(r => r.Recipients is not null);
        this.Recipients(r => r.Recipients);
    }
}

public sealed class SuffixDocumentRequestValidator : AbstractValidator<SuffixDocumentRequest>
{
    public SuffixDocumentRequestValidator()
    {
        RuleFor(r => r.Suffix).NotNull().IsInEnum().NotEqual(SymbolSuffix.None).WithMessage("suffix is Rev, Corr or Add.");
        RuleFor(r => r.Title).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.TitleRu).MaximumLength(RegisterRules.MaxTitle);
        RuleFor(r => r.Level).IsInEnum();
        RuleFor(r => r.Recipients).Must(r => r!.Count <= 40).When(r => r.Recipients is not null);
        this.Recipients(r => r.Recipients);
    }
}

public sealed class BodyPatternRequestValidator : AbstractValidator<BodyPatternRequest>
{
    public BodyPatternRequestValidator() => RuleFor(r => r.Pattern).NotEmpty().MaximumLength(SymbolPattern.MaxLength);
}
