namespace SummitCoordination.Consensus.Items;

public sealed record ProposeItemRequest(Guid? MeetingId, ItemKind? Kind, string? Title, string? Text, Layer? TargetLayer, Guid? StatementId = null, int? StatementVersion = null,
    AdmissionRequest? Admission = null);

/// <summary>
/// A Decision that admits a party to the meeting's format: the party, its new standing, from when (default, and at the
/// earliest: the day after the admitting meeting), and the one layer or body it covers where the decision says so (neither: the whole format).
/// </summary>
public sealed record AdmissionRequest(string? Party, StandingKind? Standing, DateOnly? From, Layer? Layer = null, Guid? BodyId = null)
{
    public Admission ToAdmission() => new(Party!, Standing!.Value, From, Layer, BodyId);
}

/// <summary>An item of a meeting recorded as held, with the outcome the record gives (Adopted, Blocked, Deferred, Withdrawn, Noted).</summary>
public sealed record RecordHeldItemRequest(Guid? MeetingId, ItemKind? Kind, string? Title, string? Text, Layer? TargetLayer, ItemStatus? Outcome,
    string? ProposedBy = null, IReadOnlyList<string>? Bound = null, string? Reason = null, Guid? StatementId = null, int? StatementVersion = null,
    AdmissionRequest? Admission = null);

public sealed record PositionRequest(Position? Position, string? Note);

public sealed record SilenceRequest(DateTimeOffset? Deadline);

public sealed record AgendaOrderRequest(IReadOnlyList<Guid>? ItemIds);

public sealed class ProposeItemValidator : AbstractValidator<ProposeItemRequest>
{
    public ProposeItemValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Text).MaximumLength(20000);
        RuleFor(r => r.TargetLayer).NotNull().IsInEnum();
        RuleFor(r => r.StatementVersion).GreaterThan(0).When(r => r.StatementVersion is not null);
        RuleFor(r => r.Admission!).SetValidator(new AdmissionValidator()).When(r => r.Admission is not null);
        RuleFor(r => r.Kind).Equal(ItemKind.Decision).When(r => r.Admission is not null).WithMessage("Admitting a party is an item of kind Decision.");
    }
}

public sealed class AdmissionValidator : AbstractValidator<AdmissionRequest>
{
    public AdmissionValidator()
    {
        RuleFor(r => r.Party).RequiredPartyCode();
        RuleFor(r => r.Standing).NotNull().IsInEnum().WithMessage("One of Member, Partner, Observer, Guest.");
        RuleFor(r => r.From).Must(d => d!.Value.Year is >= 1991 and <= 2100).When(r => r.From is not null).WithMessage("A date from 1991 to 2100.");
        RuleFor(r => r.Layer).IsInEnum();
    }
}

public sealed class RecordHeldItemValidator : AbstractValidator<RecordHeldItemRequest>
{
    public RecordHeldItemValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty();
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Text).MaximumLength(20000);
        RuleFor(r => r.TargetLayer).NotNull().IsInEnum();
        RuleFor(r => r.Outcome).NotNull().IsInEnum();
        RuleFor(r => r.ProposedBy).Matches(PartyCodes.Pattern).When(r => r.ProposedBy is not null && r.ProposedBy != AgendaItem.Secretariat)
            .WithMessage("A party code, or SECRETARIAT.");
        RuleForEach(r => r.Bound).NotEmpty().Matches(PartyCodes.Pattern);
        RuleFor(r => r.Reason).MaximumLength(1000);
        RuleFor(r => r.StatementVersion).GreaterThan(0).When(r => r.StatementVersion is not null);
        RuleFor(r => r.Admission!).SetValidator(new AdmissionValidator()).When(r => r.Admission is not null);
    }
}

public sealed class PositionValidator : AbstractValidator<PositionRequest>
{
    public PositionValidator()
    {
        RuleFor(r => r.Position).NotNull().IsInEnum();
        RuleFor(r => r.Note).MaximumLength(4000);
    }
}

public sealed class SilenceValidator : AbstractValidator<SilenceRequest>
{
    public SilenceValidator() => RuleFor(r => r.Deadline).NotNull();
}

public sealed class AgendaOrderValidator : AbstractValidator<AgendaOrderRequest>
{
    public AgendaOrderValidator() => RuleFor(r => r.ItemIds).NotEmpty();
}
