namespace SummitCoordination.Scheduling.Meetings;

public sealed class CreateMeetingValidator : AbstractValidator<CreateMeetingRequest>
{
    public CreateMeetingValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.BodyId).NotEmpty()
            .MustAsync(async (id, ct) => await db.Bodies.AnyAsync(b => b.Id == id, ct)).WithMessage("No body has this id.");
        RuleFor(r => r.Title).MaximumLength(300);
        RuleFor(r => r.Source).MaximumLength(1000);
        RuleFor(r => r.Turn).IsInEnum();
        RuleFor(r => r.Start).NotEmpty();
        RuleFor(r => r.End).NotEmpty()
            .GreaterThan(r => r.Start).When(r => r.Start is not null, ApplyConditionTo.CurrentValidator).WithMessage("The end must be after the start.")
            .Must((r, end) => end - r.Start <= Meeting.MaximumLength).When(r => r.Start is not null && r.End > r.Start, ApplyConditionTo.CurrentValidator)
            .WithMessage($"A meeting lasts at most {Meeting.MaximumLength.TotalDays} days.");
        RuleFor(r => r.TimeZone).NotEmpty()
            .Must(TimeZones.IsIana).When(r => !string.IsNullOrEmpty(r.TimeZone), ApplyConditionTo.CurrentValidator)
            .WithMessage(TimeZones.Rule);
        RuleFor(r => r.HostParty).NotEmpty()
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind != PartyKind.Observer, ct))
            .When(r => !string.IsNullOrEmpty(r.HostParty), ApplyConditionTo.CurrentValidator).WithMessage("The host must be a known member or partner.");
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Venue).NotEmpty().MaximumLength(200);
        RuleFor(r => r.CoChair)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind != PartyKind.Observer, ct))
            .When(r => r.CoChair is not null).WithMessage("The co-chair must be a known member or partner.");
        RuleFor(r => r.Delegations).NotEmpty().WithMessage("A meeting needs at least one delegation.");
        RuleForEach(r => r.Delegations).NotNull().WithMessage("A delegation is an object with party, headName and headRank.");
        RuleForEach(r => r.Observers).NotEmpty();
        RuleFor(r => r.Delegations)
            .Must(ds => ds!.Select(d => d.Party).Distinct().Count() == ds!.Count).When(r => r.Delegations is not null && r.Delegations.All(d => d is not null))
            .WithMessage("A party has one delegation per meeting.");
        RuleForEach(r => r.Delegations).ChildRules(d =>
        {
            d.RuleFor(x => x.Party).NotEmpty()
                .MustAsync((code, ct) => PartyStandings.MaySendDelegationAsync(db, code!, ct))
                .When(x => !string.IsNullOrEmpty(x.Party), ApplyConditionTo.CurrentValidator)
                .WithMessage("Not a known member or partner (observers are listed under observers).");
            // A head not yet named is left out (null or empty): it is recorded as not yet named.
            d.RuleFor(x => x.HeadName).MaximumLength(200);
            d.RuleFor(x => x.HeadRank).NotEmpty().MaximumLength(100);
            d.RuleForEach(x => x.Members).NotEmpty().MaximumLength(200);
        });
        RuleForEach(r => r.Observers)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code, ct)).WithMessage("Not a known party.");
        RuleFor(r => r.Delegations)
            .MustAsync(async (request, delegations, ct) =>
            {
                var partner = await db.Bodies.Where(b => b.Id == request.BodyId).Select(b => b.Partner).FirstOrDefaultAsync(ct);
                return partner is null || delegations!.Any(d => d?.Party == partner);
            })
            .When(r => r.Delegations is not null && r.BodyId is not null)
            .WithMessage("A C5+X meeting needs a delegation of partner X.");
    }
}

public sealed class RescheduleMeetingValidator : AbstractValidator<RescheduleMeetingRequest>
{
    public RescheduleMeetingValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.HostParty)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind != PartyKind.Observer, ct))
            .When(r => r.HostParty is not null).WithMessage("The host must be a known member or partner.");
        RuleFor(r => r.TimeZone).Must(TimeZones.IsIana!).When(r => r.TimeZone is not null).WithMessage(TimeZones.Rule);
        RuleFor(r => r.City).NotEmpty().When(r => r.HostParty is not null).WithMessage("A meeting moved to another host names its city.");
        RuleFor(r => r.Venue).NotEmpty().When(r => r.HostParty is not null).WithMessage("A meeting moved to another host names its venue.");
        RuleFor(r => r.Start).NotEmpty();
        RuleFor(r => r.End).NotEmpty()
            .GreaterThan(r => r.Start).When(r => r.Start is not null, ApplyConditionTo.CurrentValidator).WithMessage("The end must be after the start.")
            .Must((r, end) => end - r.Start <= Meeting.MaximumLength).When(r => r.Start is not null && r.End > r.Start, ApplyConditionTo.CurrentValidator)
            .WithMessage($"A meeting lasts at most {Meeting.MaximumLength.TotalDays} days.");
        RuleFor(r => r.City).MaximumLength(100);
        RuleFor(r => r.Venue).MaximumLength(200);
        RuleFor(r => r.Turn).IsInEnum();
    }
}

public sealed class ReasonValidator : AbstractValidator<ReasonRequest>
{
    public ReasonValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class SetDelegationValidator : AbstractValidator<SetDelegationRequest>
{
    public SetDelegationValidator()
    {
        RuleFor(r => r.HeadName).MaximumLength(200);
        RuleFor(r => r.HeadRank).NotEmpty().MaximumLength(100);
    }
}

public sealed class SetObserversValidator : AbstractValidator<SetObserversRequest>
{
    public SetObserversValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.Observers).NotNull();
        RuleForEach(r => r.Observers)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code, ct)).WithMessage("Not a known party.");
    }
}
