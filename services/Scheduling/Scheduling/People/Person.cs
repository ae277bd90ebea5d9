namespace SummitCoordination.Scheduling.People;

/// <summary>
/// Someone who gets mail from the service (issue 23): a member of a state's delegation (<see cref="Party"/> its code) or
/// of the secretariat (<see cref="Party"/> empty, as the secretariat's inbox is addressed), with a language and, per kind
/// of notice, how the notices reach them (a kind not named: <see cref="DefaultDelivery"/>).
/// </summary>
public sealed class Person
{
    public const Delivery DefaultDelivery = Delivery.AtOnce;

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The mail address, kept in lower case so that two spellings of one address clash.</summary>
    public string Email { get; private set; } = "";

    /// <summary>A culture code of <see cref="MailLanguages"/> (en, ru, kk, ky, tg, tk, uz).</summary>
    public string Language { get; private set; } = MailLanguages.English;

    /// <summary>The state whose delegation the person belongs to; empty for the secretariat.</summary>
    public string Party { get; private set; } = "";

    /// <summary>The signed-in account (token subject) that is this person, if any: it may set its own preferences.</summary>
    public string? Account { get; private set; }

    public Dictionary<NotificationKind, Delivery> Preferences { get; private set; } = [];
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    private Person()
    {
    }

    public Person(Guid id, string name, string email, string language, string party, string? account, IReadOnlyDictionary<NotificationKind, Delivery>? preferences,
        DateTime nowUtc)
    {
        Id = id;
        CreatedUtc = nowUtc;
        Edit(name, email, language, party, account, nowUtc);
        Prefer(preferences ?? new Dictionary<NotificationKind, Delivery>(), nowUtc);
    }

    public bool IsSecretariat => Party.Length == 0;

    public Delivery DeliveryOf(NotificationKind kind) => Preferences.TryGetValue(kind, out var delivery) ? delivery : DefaultDelivery;

    public void Edit(string name, string email, string language, string party, string? account, DateTime nowUtc)
    {
        Name = name.Trim();
        Email = NormalizeEmail(email);
        Language = language;
        Party = party;
        Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim();
        UpdatedUtc = nowUtc;
    }

    /// <summary>Sets the named kinds; the others keep what they had.</summary>
    public void Prefer(IReadOnlyDictionary<NotificationKind, Delivery> preferences, DateTime nowUtc)
    {
        var merged = new Dictionary<NotificationKind, Delivery>(Preferences);
        foreach (var (kind, delivery) in preferences)
        {
            merged[kind] = delivery;
        }

        // A new dictionary, so that the JSON column is seen as changed.
        Preferences = merged;
        UpdatedUtc = nowUtc;
    }

    /// <summary>The unsubscribe link: one kind, or every kind when <paramref name="kind"/> is null.</summary>
    public void Unsubscribe(NotificationKind? kind, DateTime nowUtc) =>
        Prefer(kind is { } one ? new Dictionary<NotificationKind, Delivery> { [one] = Delivery.Never } : Enum.GetValues<NotificationKind>().ToDictionary(k => k, _ => Delivery.Never), nowUtc);

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static DomainException DuplicateAddress(string email) =>
        new(DomainErrorKind.Conflict, "person.duplicate-address", $"Another person already has the mail address '{NormalizeEmail(email)}'.");
}
