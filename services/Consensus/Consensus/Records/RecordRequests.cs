namespace SummitCoordination.Consensus.Records;

/// <summary>A speaker on the list: the party, the item spoken on (none: a general statement), and optionally who spoke, a summary and the written statement's symbol.</summary>
public sealed record SpeakerRequest(string? Party, Guid? ItemId, string? Speaker, string? Summary, string? SummaryRu, string? DocumentSymbol);

/// <summary>A reservation or interpretative statement for the record, in the delegation's own words, English and/or Russian.</summary>
public sealed record ReservationRequest(string? Party, ReservationKind? Kind, Guid? ItemId, string? Text, string? TextRu);

/// <summary>
/// A correction of the state's own part: its attendance line (head's name and rank, members), or one of its statements
/// or reservations (<c>entryId</c>) as it should read (<c>text</c> and/or <c>textRu</c>).
/// </summary>
public sealed record CorrectionRequest(string? Party, RecordPart? Part, Guid? EntryId, string? Text, string? TextRu, string? HeadName, string? HeadRank,
    IReadOnlyList<string>? Members);

/// <summary>The secretariat's answer to a correction: a reason (required to reject).</summary>
public sealed record CorrectionAnswerRequest(string? Reason);

public sealed record RecordSettingsRequest(int? CorrectionWindowDays);

public sealed class SpeakerValidator : AbstractValidator<SpeakerRequest>
{
    public SpeakerValidator()
    {
        RuleFor(r => r.Party).RequiredPartyCode();
        RuleFor(r => r.Speaker).MaximumLength(200);
        RuleFor(r => r.Summary).MaximumLength(4000);
        RuleFor(r => r.SummaryRu).MaximumLength(4000);
        RuleFor(r => r.DocumentSymbol).MaximumLength(100);
    }
}

public sealed class ReservationValidator : AbstractValidator<ReservationRequest>
{
    public ReservationValidator()
    {
        RuleFor(r => r.Party).RequiredPartyCode();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Text).NotEmpty().When(r => string.IsNullOrWhiteSpace(r.TextRu)).WithMessage("The words in English, in Russian, or both.");
        RuleFor(r => r.Text).MaximumLength(8000);
        RuleFor(r => r.TextRu).MaximumLength(8000);
    }
}

public sealed class CorrectionValidator : AbstractValidator<CorrectionRequest>
{
    public CorrectionValidator()
    {
        RuleFor(r => r.Party).RequiredPartyCode();
        RuleFor(r => r.Part).NotNull().IsInEnum();
        When(r => r.Part == RecordPart.Attendance, () =>
        {
            RuleFor(r => r.HeadName).NotEmpty().MaximumLength(200).WithMessage("The head of delegation's name as it should read.");
            RuleFor(r => r.HeadRank).NotEmpty().MaximumLength(200).WithMessage("The head of delegation's rank as it should read.");
            RuleForEach(r => r.Members).NotEmpty().MaximumLength(200);
            RuleFor(r => r.Members).Must(m => m!.Count <= 100).When(r => r.Members is not null).WithMessage("At most 100 members.");
        });
        When(r => r.Part is RecordPart.Statement or RecordPart.Reservation, () =>
        {
            RuleFor(r => r.EntryId).NotEmpty().WithMessage("The statement or reservation corrected.");
            RuleFor(r => r.Text).NotEmpty().When(r => string.IsNullOrWhiteSpace(r.TextRu)).WithMessage("The corrected words in English, in Russian, or both.");
        });
        RuleFor(r => r.Text).MaximumLength(8000);
        RuleFor(r => r.TextRu).MaximumLength(8000);
    }
}

public sealed class RejectionValidator : AbstractValidator<CorrectionAnswerRequest>
{
    public RejectionValidator() => RuleFor(r => r.Reason).MaximumLength(2000);
}

public sealed class RecordSettingsValidator : AbstractValidator<RecordSettingsRequest>
{
    public RecordSettingsValidator() =>
        RuleFor(r => r.CorrectionWindowDays).NotNull().InclusiveBetween(1, BodyRule.MaxCorrectionWindowDays);
}
