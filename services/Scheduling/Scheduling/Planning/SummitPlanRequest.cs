namespace SummitCoordination.Scheduling.Planning;

/// <summary>A summit week to lay out: host, city, venues, a window of dates, the layers and the C5+X partners.</summary>
public sealed record SummitPlanRequest(
    string? HostParty,
    string? City,
    IReadOnlyList<string>? Venues,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Layer>? Layers,
    IReadOnlyList<string>? Partners,
    string? TimeZone = null);

public sealed class SummitPlanRequestValidator : AbstractValidator<SummitPlanRequest>
{
    public SummitPlanRequestValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.HostParty).NotEmpty()
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind == PartyKind.Member, ct))
            .WithMessage("A summit week is hosted by a member.");
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Venues).NotEmpty();
        RuleForEach(r => r.Venues).NotEmpty().MaximumLength(200);
        RuleFor(r => r.From).NotNull();
        RuleFor(r => r.To).NotNull().GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null)
            .Must((r, to) => to!.Value.DayNumber - r.From!.Value.DayNumber < 14).When(r => r.From is not null && r.To >= r.From, ApplyConditionTo.CurrentValidator)
            .WithMessage("A summit window is at most 14 days.");
        RuleFor(r => r.Layers).NotEmpty();
        RuleForEach(r => r.Layers).IsInEnum().NotEqual(Layer.WorkingGroup).WithMessage("Summit weeks hold senior officials, ministers and leaders.");
        RuleForEach(r => r.Partners)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind == PartyKind.Partner, ct))
            .WithMessage("Not a known partner.");
        RuleFor(r => r.TimeZone)
            .Must(TimeZones.IsIana).When(r => r.TimeZone is not null)
            .WithMessage("Not a known IANA time zone id.");
    }
}
