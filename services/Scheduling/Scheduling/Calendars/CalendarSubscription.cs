namespace SummitCoordination.Scheduling.Calendars;

public enum CalendarFeedKind
{
    Party,
    Body,
    Meeting,
}

/// <summary>
/// A private feed address that a calendar application can poll without a bearer header: a secret in the URL (only its
/// SHA-256 is kept), for one feed, read with the rights of the person who made it, re-checked at every read, revocable.
/// </summary>
public sealed class CalendarSubscription
{
    public Guid Id { get; private set; }
    public string TokenHash { get; private set; } = "";
    public CalendarFeedKind Feed { get; private set; }
    public string Target { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string? Party { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }
    public DateTime? LastReadUtc { get; private set; }

    private CalendarSubscription()
    {
    }

    /// <summary>A new subscription and its secret token (returned once, never stored).</summary>
    public static (CalendarSubscription Subscription, string Token) Create(ClaimsPrincipal user, CalendarFeedKind feed, string target, DateTime nowUtc)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new CalendarSubscription
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            Feed = feed,
            Target = target,
            Owner = user.Actor(),
            Role = user.IsSecretariat() ? Roles.Secretariat : Roles.Delegation,
            Party = user.IsSecretariat() ? null : user.PartyCode(),
            CreatedUtc = nowUtc,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The reader this feed is read as: its maker's role and state, nothing more.</summary>
    public ClaimsPrincipal Reader()
    {
        var claims = new List<Claim> { new("sub", Owner), new(SummitClaims.Role, Role) };
        if (Party is not null)
        {
            claims.Add(new Claim(SummitClaims.Party, Party));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "calendar-subscription", "sub", SummitClaims.Role));
    }

    public bool IsOwnedBy(ClaimsPrincipal user) => Owner == user.Actor() && Party == (user.IsSecretariat() ? null : user.PartyCode());

    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;

    public void Read(DateTime nowUtc) => LastReadUtc = nowUtc;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
