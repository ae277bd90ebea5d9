namespace SummitCoordination.Scheduling.People;

/// <summary>A person as the API shows it: every kind of notice with its delivery (the defaults written out).</summary>
public sealed record PersonResponse(Guid Id, string Name, string Email, string Language, string? Party, string? Account,
    IReadOnlyDictionary<NotificationKind, Delivery> Preferences, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public static PersonResponse Of(Person p) => new(p.Id, p.Name, p.Email, p.Language, p.IsSecretariat ? null : p.Party, p.Account,
        Enum.GetValues<NotificationKind>().ToDictionary(k => k, p.DeliveryOf), p.CreatedUtc, p.UpdatedUtc);
}
