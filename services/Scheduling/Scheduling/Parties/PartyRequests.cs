namespace SummitCoordination.Scheduling.Parties;

public sealed record PartyRequest(string? Code, PartyKind? Kind, string? NameEn, string? NameRu, string? Capital, string? TimeZone);

public sealed record FormatRequest(string? Partner);

public sealed record HolidayRequest(DateOnly? Date, string? Name);

public sealed class PartyValidator : AbstractValidator<PartyRequest>
{
    public PartyValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Matches(PartyCodes.Pattern).WithMessage("An upper-case code: ISO 3166-1 alpha-3 for a state; 2 to 10 letters for an organisation (EU, UN, UNRCCA).");
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(200);
        RuleFor(r => r.NameRu).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Capital).NotEmpty().MaximumLength(100);
        RuleFor(r => r.TimeZone).NotEmpty()
            .Must(TimeZones.IsIana).When(r => !string.IsNullOrEmpty(r.TimeZone), ApplyConditionTo.CurrentValidator)
            .WithMessage("Not a known IANA time zone id.");
    }
}

public sealed class FormatValidator : AbstractValidator<FormatRequest>
{
    public FormatValidator(SchedulingDbContext db) =>
        RuleFor(r => r.Partner).NotEmpty()
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code && p.Kind == PartyKind.Partner, ct))
            .WithMessage("A C5+X format needs a known partner X.");
}

public sealed class HolidayValidator : AbstractValidator<HolidayRequest>
{
    public HolidayValidator()
    {
        RuleFor(r => r.Date).NotNull();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
    }
}
