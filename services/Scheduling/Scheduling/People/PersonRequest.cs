namespace SummitCoordination.Scheduling.People;

/// <summary>
/// A person as the secretariat or a focal point writes it. <c>party</c>: the state's code, or empty (null) for the
/// secretariat. <c>preferences</c>: per kind of notice, AtOnce | DailyDigest | WeeklyDigest | Never (a kind not named stays
/// as it was; a new person gets AtOnce for it). <c>account</c>: the sign-in name (token subject) that is this person.
/// </summary>
public sealed record PersonRequest(string? Name, string? Email, string? Language, string? Party, string? Account,
    Dictionary<NotificationKind, Delivery>? Preferences);

/// <summary>One person's preferences alone (the person's own page, or the unsubscribe link's).</summary>
public sealed record PreferencesRequest(Dictionary<NotificationKind, Delivery>? Preferences);

public static partial class MailAddresses
{
    public const int MaxLength = 254;

    /// <summary>
    /// A deliverable address: a local part without spaces or the characters that need quoting, an @, and a domain of
    /// dotted labels (no IP literal, no display name): what a secretariat types, not all that RFC 5322 allows.
    /// </summary>
    public static bool IsValid(string? address) =>
        address is not null && address.Length <= MaxLength && Pattern().IsMatch(address.Trim()) && MimeKit.MailboxAddress.TryParse(address.Trim(), out _);

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Pattern();
}

public sealed class PersonRequestValidator : AbstractValidator<PersonRequest>
{
    public PersonRequestValidator(SchedulingDbContext db)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Email).NotEmpty().Must(MailAddresses.IsValid).WithMessage("Not a valid mail address (name@example.org).");
        RuleFor(r => r.Language).NotEmpty().Must(MailLanguages.IsSupported)
            .WithMessage($"One of the mail languages: {string.Join(", ", MailLanguages.Supported)}.");
        RuleFor(r => r.Party)
            .MustAsync(async (code, ct) => await db.Parties.AnyAsync(p => p.Code == code, ct)).When(r => !string.IsNullOrEmpty(r.Party))
            .WithMessage("Not a known party code (leave it empty for the secretariat).");
        RuleFor(r => r.Account).MaximumLength(200);
        RuleForEach(r => r.Preferences).Must(p => Enum.IsDefined(p.Key) && Enum.IsDefined(p.Value)).When(r => r.Preferences is not null)
            .WithMessage("Each kind of notice takes AtOnce, DailyDigest, WeeklyDigest or Never.");
    }
}

public sealed class PreferencesRequestValidator : AbstractValidator<PreferencesRequest>
{
    public PreferencesRequestValidator()
    {
        RuleFor(r => r.Preferences).NotNull();
        RuleForEach(r => r.Preferences).Must(p => Enum.IsDefined(p.Key) && Enum.IsDefined(p.Value)).When(r => r.Preferences is not null)
            .WithMessage("Each kind of notice takes AtOnce, DailyDigest, WeeklyDigest or Never.");
    }
}
