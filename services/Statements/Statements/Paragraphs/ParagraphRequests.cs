namespace SummitCoordination.Statements.Paragraphs;

/// <summary>A new paragraph placed after another (or first, when <c>after</c> is left out), in a new version against the latest.</summary>
public sealed record InsertParagraphRequest(int? BasedOn, ParagraphPart? Part, string? English, string? Russian = null, Guid? After = null,
    bool TranslationPending = false);

/// <summary>A paragraph's new wording (both languages as they are to stand: a language left out is missing), and optionally its part.</summary>
public sealed record EditParagraphRequest(int? BasedOn, string? English, string? Russian = null, bool TranslationPending = false, ParagraphPart? Part = null);

/// <summary>A span of one language's text: by its offsets (<c>start</c>, <c>length</c>) or by the words it encloses (<c>text</c>, their first occurrence).</summary>
public sealed record SpanRequest(TextLanguage? Language, int? Start = null, int? Length = null, string? Text = null);

public sealed record OptionRequest(string? English, string? Russian = null, IReadOnlyList<string>? Sponsors = null);

/// <summary>
/// The chair or the pen holder sets a paragraph's status: <c>Agreed</c>; <c>AgreedAdReferendum</c> with the state
/// (<c>party</c>) whose capital confirms and the date (<c>confirmByUtc</c>); <c>Bracketed</c>, the whole paragraph or a
/// <c>span</c>, with two or more <c>options</c> or none.
/// </summary>
public sealed record ParagraphStatusRequest(ParagraphStatus? Status, string? Party = null, DateTime? ConfirmByUtc = null, SpanRequest? Span = null,
    IReadOnlyList<OptionRequest>? Options = null);

/// <summary>A delegation's reservation on a paragraph, with an optional confidential note (its state and the secretariat read it).</summary>
public sealed record ReservationRequest(string? Note = null);

public sealed class InsertParagraphRequestValidator : AbstractValidator<InsertParagraphRequest>
{
    public InsertParagraphRequestValidator()
    {
        RuleFor(r => r.BasedOn).NotNull().GreaterThan(0);
        RuleFor(r => r.Part).NotNull().IsInEnum();
        RuleFor(r => r.English).MaximumLength(ParagraphRules.MaxParagraph);
        RuleFor(r => r.Russian).MaximumLength(ParagraphRules.MaxParagraph);
        RuleFor(r => r).Must(r => ParagraphRules.HasText(r.English, r.Russian)).WithName("text").WithMessage(ParagraphRules.TextMessage);
    }
}

public sealed class EditParagraphRequestValidator : AbstractValidator<EditParagraphRequest>
{
    public EditParagraphRequestValidator()
    {
        RuleFor(r => r.BasedOn).NotNull().GreaterThan(0);
        RuleFor(r => r.Part).IsInEnum();
        RuleFor(r => r.English).MaximumLength(ParagraphRules.MaxParagraph);
        RuleFor(r => r.Russian).MaximumLength(ParagraphRules.MaxParagraph);
        RuleFor(r => r).Must(r => ParagraphRules.HasText(r.English, r.Russian)).WithName("text").WithMessage(ParagraphRules.TextMessage);
    }
}

public sealed class ParagraphStatusRequestValidator : AbstractValidator<ParagraphStatusRequest>
{
    public ParagraphStatusRequestValidator()
    {
        RuleFor(r => r.Status).NotNull().IsInEnum();
        RuleFor(r => r.Party).NotEmpty().MaximumLength(8).When(r => r.Status == ParagraphStatus.AgreedAdReferendum)
            .WithMessage("Agreed ad referendum names the state whose capital confirms it.");
        RuleFor(r => r.ConfirmByUtc).NotNull().When(r => r.Status == ParagraphStatus.AgreedAdReferendum)
            .WithMessage("Agreed ad referendum says by when the capital confirms it.");
        RuleFor(r => r.Span).Null().When(r => r.Status != ParagraphStatus.Bracketed).WithMessage("Only a bracket encloses a span.");
        RuleFor(r => r.Span!.Language).NotNull().IsInEnum().When(r => r.Span is not null);
        RuleFor(r => r.Options).Must(o => o is null || o.Count == 0 || o.Count >= 2).WithMessage("Options are two or more alternative wordings.");
        RuleFor(r => r.Options).Must(o => o is null || o.Count == 0).When(r => r.Status != ParagraphStatus.Bracketed)
            .WithMessage("Options stand in brackets: tabled with the status Bracketed.");
        RuleForEach(r => r.Options).ChildRules(o =>
        {
            o.RuleFor(x => x.English).MaximumLength(ParagraphRules.MaxParagraph);
            o.RuleFor(x => x.Russian).MaximumLength(ParagraphRules.MaxParagraph);
            o.RuleFor(x => x).Must(x => ParagraphRules.HasText(x.English, x.Russian)).WithName("text").WithMessage("An option has a wording, in English, Russian or both.");
            o.RuleForEach(x => x.Sponsors).NotEmpty().MaximumLength(8);
        });
    }
}

public sealed class ReservationRequestValidator : AbstractValidator<ReservationRequest>
{
    public ReservationRequestValidator() => RuleFor(r => r.Note).MaximumLength(4000);
}

internal static class ParagraphRules
{
    public const int MaxParagraph = 20_000;

    public const string TextMessage = "A paragraph has a text, in English, Russian or both.";

    public static bool HasText(string? english, string? russian) => !string.IsNullOrWhiteSpace(english) || !string.IsNullOrWhiteSpace(russian);
}
