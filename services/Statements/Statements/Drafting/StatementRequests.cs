namespace SummitCoordination.Statements.Drafting;

/// <summary>
/// A new draft: its kind, English title, texts, and optionally its Russian title (<c>titleRu</c>; left out, the Russian
/// text's first "# " heading stands for it, as before the form asked for one).
/// </summary>
public sealed record DraftStatementRequest(Guid? MeetingId, StatementKind? Kind, string? Title, string? English, string? Russian = null, Guid? ItemId = null,
    Guid? CorrectsId = null, string? TitleRu = null);

public sealed record ReviseRequest(int? BasedOn, string? English, string? Russian = null);

/// <summary>
/// A proposed change against a version: the whole text, or (issue 22) one paragraph (<c>paragraphId</c>), or a span of
/// one language of it (<c>span</c>): the wording proposed replaces that paragraph or span when accepted.
/// </summary>
public sealed record AmendmentRequest(int? Version, string? English, string? Russian, string? Explanation, Guid? ParagraphId = null,
    Paragraphs.SpanRequest? Span = null);

public sealed record RejectAmendmentRequest(string? Reason);

public sealed record PreviewRequest(string? English, string? Russian);

public sealed record PreviewResponse(string EnglishHtml, string? RussianHtml);

public sealed class PreviewRequestValidator : AbstractValidator<PreviewRequest>
{
    public PreviewRequestValidator()
    {
        RuleFor(r => r.English).MaximumLength(TextRules.MaxText);
        RuleFor(r => r.Russian).MaximumLength(TextRules.MaxText);
    }
}

public sealed record EmbargoRequest(DateTime? ReleaseAtUtc);

/// <summary>
/// A chairman's statement; <c>fromVersion</c> and <c>paragraphs</c> record that it was built from those agreed paragraphs of
/// that version of the failed text (<c>GET .../chairmans-statement/draft</c> offers them).
/// </summary>
public sealed record ChairmansStatementRequest(string? Title, string? English, string? Russian = null, string? TitleRu = null, int? FromVersion = null,
    IReadOnlyList<Guid>? Paragraphs = null);

/// <summary>A commitment: what, in English and (optionally) Russian, which parties, due when.</summary>
public sealed record CommitmentRequest(string? What, IReadOnlyList<string>? Parties, DateTime? DueUtc, string? WhatRu = null);

public sealed record CommitmentStatusRequest(CommitmentProgress? Status, string? Evidence);

internal static class TextRules
{
    public const int MaxText = 200_000;

    public static IRuleBuilderOptions<T, string?> StatementText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(MaxText);

    /// <summary>Cyrillic letters (U+0400 to U+04FF): a Russian title has some.</summary>
    public const string Cyrillic = @"[\u0400-\u04FF]";

    /// <summary>A Russian title, when given: up to 300 characters, written in Russian (an empty or Latin-only one is refused, not stored).</summary>
    public static IRuleBuilderOptions<T, string?> RussianTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(300).Matches(Cyrillic)
            .WithMessage("The Russian title is written in Russian (Cyrillic letters), up to 300 characters; leave it out to take the Russian text's first heading.");
}

public sealed class DraftStatementRequestValidator : AbstractValidator<DraftStatementRequest>
{
    public DraftStatementRequestValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.TitleRu).RussianTitle();
        RuleFor(r => r.English).StatementText();
        RuleFor(r => r.Russian).MaximumLength(TextRules.MaxText);
    }
}

public sealed class ReviseRequestValidator : AbstractValidator<ReviseRequest>
{
    public ReviseRequestValidator()
    {
        RuleFor(r => r.BasedOn).NotNull().GreaterThan(0);
        RuleFor(r => r.English).StatementText();
        RuleFor(r => r.Russian).MaximumLength(TextRules.MaxText);
    }
}

public sealed class AmendmentRequestValidator : AbstractValidator<AmendmentRequest>
{
    public AmendmentRequestValidator()
    {
        RuleFor(r => r.Version).NotNull().GreaterThan(0);
        RuleFor(r => r.English).MaximumLength(TextRules.MaxText);
        RuleFor(r => r.Russian).MaximumLength(TextRules.MaxText);
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.English) || !string.IsNullOrWhiteSpace(r.Russian))
            .WithName("text").WithMessage("An amendment proposes an English text, a Russian text, or both.");
        RuleFor(r => r.Explanation).NotEmpty().MaximumLength(4000);
        RuleFor(r => r.Span).Null().When(r => r.ParagraphId is null).WithMessage("A span is a span of a paragraph: name it (paragraphId).");
        RuleFor(r => r.Span!.Language).NotNull().IsInEnum().When(r => r.Span is not null);
        RuleFor(r => r).Must(r => r.Span is not { Language: { } language } || !string.IsNullOrWhiteSpace(language == TextLanguage.Russian ? r.Russian : r.English))
            .WithName("text").WithMessage("A span's new wording is in the span's own language.");
    }
}

public sealed class RejectAmendmentRequestValidator : AbstractValidator<RejectAmendmentRequest>
{
    public RejectAmendmentRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000);
}

public sealed class EmbargoRequestValidator : AbstractValidator<EmbargoRequest>
{
    public EmbargoRequestValidator() => RuleFor(r => r.ReleaseAtUtc).NotNull();
}

public sealed class ChairmansStatementRequestValidator : AbstractValidator<ChairmansStatementRequest>
{
    public ChairmansStatementRequestValidator()
    {
        RuleFor(r => r.Title).MaximumLength(300);
        RuleFor(r => r.TitleRu).RussianTitle();
        RuleFor(r => r.English).StatementText();
        RuleFor(r => r.Russian).MaximumLength(TextRules.MaxText);
        RuleFor(r => r.FromVersion).GreaterThan(0).When(r => r.FromVersion is not null);
        RuleFor(r => r.Paragraphs).Null().When(r => r.FromVersion is null).WithMessage("Paragraphs are taken from a version: name it (fromVersion).");
        RuleFor(r => r.Paragraphs).Must(p => p is null || p.Count <= 500);
    }
}

public sealed class CommitmentRequestValidator : AbstractValidator<CommitmentRequest>
{
    public CommitmentRequestValidator()
    {
        RuleFor(r => r.What).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.WhatRu).MaximumLength(2000);
        RuleFor(r => r.Parties).NotEmpty();
        RuleForEach(r => r.Parties).NotEmpty().MaximumLength(8);
        RuleFor(r => r.DueUtc).NotNull();
    }
}

public sealed class CommitmentStatusRequestValidator : AbstractValidator<CommitmentStatusRequest>
{
    public CommitmentStatusRequestValidator()
    {
        RuleFor(r => r.Status).NotNull().IsInEnum();
        RuleFor(r => r.Evidence).NotEmpty().MaximumLength(4000).WithMessage("Say what shows it: a note or a link.");
    }
}
