namespace SummitCoordination.Scheduling.Bodies;

public sealed class BodyValidator : AbstractValidator<BodyRequest>
{
    public BodyValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.NameRu).MaximumLength(200);
        RuleFor(r => r.Layer).NotNull().IsInEnum();
        RuleFor(r => r.Track).IsInEnum();
        RuleFor(r => r.Format).NotEmpty()
            .MustAsync(async (code, ct) => await db.Formats.AnyAsync(f => f.Code == code, ct)).When(r => !string.IsNullOrEmpty(r.Format), ApplyConditionTo.CurrentValidator)
            .WithMessage("Not a known format (C5 or C5+X).");
        RuleFor(r => r.ParentBodyId)
            .MustAsync(async (id, ct) => await db.Bodies.AnyAsync(b => b.Id == id, ct)).When(r => r.ParentBodyId is not null)
            .WithMessage("No body has this id.");
        RuleFor(r => r.DecisionRule!.Rule)
            .IsInEnum().When(r => r.DecisionRule?.Rule is not null)
            .WithMessage("One of Consensus, ConsensusMinusX, SilenceProcedure, QualifiedMajority.");
        RuleFor(r => r.DecisionRule!.MinusX).NotNull().InclusiveBetween(1, 5)
            .When(r => r.DecisionRule?.Rule == DecisionRule.ConsensusMinusX).WithMessage("Consensus minus X needs X from 1 to 5.");
        RuleFor(r => r.DecisionRule!.Weights).NotEmpty().Must(w => w!.Values.All(v => v > 0))
            .When(r => r.DecisionRule?.Rule == DecisionRule.QualifiedMajority).WithMessage("Qualified majority needs a positive weight per party.");
        RuleFor(r => r.DecisionRule!.Threshold).NotNull().GreaterThan(0m).LessThanOrEqualTo(1m)
            .When(r => r.DecisionRule?.Rule == DecisionRule.QualifiedMajority).WithMessage("Qualified majority needs a threshold above 0 and at most 1 (e.g. 0.667).");
        RuleFor(r => r.DecisionRule!.Rule).NotEqual(DecisionRule.QualifiedMajority).When(r => r.Layer == Layer.Leaders && r.DecisionRule is not null)
            .WithMessage("Leaders never decide by qualified majority.");
        RuleFor(r => r.DecisionRule!.Quorum).GreaterThanOrEqualTo(1).When(r => r.DecisionRule?.Quorum is not null);
        RuleFor(r => r.ChairRotation!.Sequence).NotEmpty()
            .When(r => r.ChairRotation?.Policy == RotationPolicy.Sequence).WithMessage("An explicit rotation names its sequence of parties.");
        RuleForEach(r => r.ChairRotation!.Sequence)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind == PartyKind.Member, ct))
            .When(r => r.ChairRotation?.Sequence is not null).WithMessage("Chairs rotate among the members.");
        RuleFor(r => r.ChairRotation!.FollowsBodyId).NotNull()
            .MustAsync(async (id, ct) => await db.Bodies.AnyAsync(b => b.Id == id, ct))
            .When(r => r.ChairRotation?.Policy == RotationPolicy.FollowsBody).WithMessage("Name the body whose chair this body follows.");
        RuleFor(r => r.ChairRotation!.StartYear).InclusiveBetween(1991, 2200).When(r => r.ChairRotation?.StartYear is not null);
        RuleFor(r => r.MinimumGapMinutes).InclusiveBetween(0, 7 * 24 * 60).When(r => r.MinimumGapMinutes is not null);
        RuleFor(r => r.AgendaDeadlineDays).InclusiveBetween(0, 180).When(r => r.AgendaDeadlineDays is not null);
        RuleFor(r => r.WorkingDayEnd).GreaterThan(r => r.WorkingDayStart ?? new TimeOnly(8, 0)).When(r => r.WorkingDayEnd is not null)
            .WithMessage("Working hours end after they start.");
    }
}

public sealed class WaiverValidator : AbstractValidator<WaiverRequest>
{
    public WaiverValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.Year).NotNull().InclusiveBetween(1991, 2200);
        RuleFor(r => r.Party).NotEmpty()
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind == PartyKind.Member, ct))
            .WithMessage("Only a member holds a turn to waive.");
    }
}
