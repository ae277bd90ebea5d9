namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>
/// Configuration <c>Auth:Claims:*</c>: how an issuer's token says who the caller is. The defaults read the development
/// tokens (<c>role</c> = Secretariat | Delegation, <c>party</c> = KAZ). For Keycloak realm roles set
/// <c>RoleClaim</c> to <c>realm_access.roles</c>; for Microsoft Entra app roles to <c>roles</c>. A dotted claim type
/// reads into a JSON claim. A delegation's state comes from <c>PartyClaim</c>, or from <c>PartyByRole</c>, a map
/// from a role value (e.g. <c>Delegation.KAZ</c>) to a party code, which also makes the caller a delegation.
/// </summary>
public sealed class ClaimMapping
{
    public string RoleClaim { get; set; } = "role";

    public List<string> SecretariatValues { get; set; } = [];

    public List<string> DelegationValues { get; set; } = [];

    /// <summary>Role values that make a delegation's caller its focal point (issue 23); default <c>FocalPoint</c>.</summary>
    public List<string> FocalPointValues { get; set; } = [];

    public string PartyClaim { get; set; } = "party";

    public Dictionary<string, string> PartyByRole { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The claim naming the person, recorded in histories as the actor.</summary>
    public string NameClaim { get; set; } = "sub";

    private IReadOnlyList<string> Secretariat => SecretariatValues.Count > 0 ? SecretariatValues : [Roles.Secretariat];

    private IReadOnlyList<string> Delegation => DelegationValues.Count > 0 ? DelegationValues : [Roles.Delegation];

    private IReadOnlyList<string> FocalPoint => FocalPointValues.Count > 0 ? FocalPointValues : [Roles.FocalPoint];

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(RoleClaim))
        {
            throw new InvalidOperationException("Auth:Claims:RoleClaim must name the claim that carries the caller's roles.");
        }

        foreach (var (role, party) in PartyByRole)
        {
            if (!PartyCodes.IsWellFormed(party))
            {
                throw new InvalidOperationException($"Auth:Claims:PartyByRole:{role} = '{party}' is not a party code (2–6 upper-case letters).");
            }
        }
    }

    /// <summary>
    /// Why a token says more than one thing about who the caller is, or null when it says one thing (or nothing):
    /// both a secretariat and a delegation role (<c>role: ["Delegation","Secretariat"]</c>), or a delegation of more
    /// than one state. Such a token is refused (401), never read as both.
    /// </summary>
    public string? Ambiguity(ClaimsPrincipal incoming)
    {
        var roles = Values(incoming, RoleClaim).Distinct(StringComparer.Ordinal).ToList();
        var secretariat = roles.Any(r => Secretariat.Contains(r, StringComparer.Ordinal));
        var mappedParties = roles.Where(PartyByRole.ContainsKey).Select(r => PartyByRole[r].ToUpperInvariant());
        var delegation = roles.Any(r => Delegation.Contains(r, StringComparer.Ordinal));
        var parties = mappedParties
            .Concat(delegation ? Values(incoming, PartyClaim).Select(p => p.ToUpperInvariant()) : [])
            .Distinct(StringComparer.Ordinal).ToList();
        if (secretariat && (delegation || parties.Count > 0))
        {
            return "The token carries both a secretariat and a delegation role; a token must carry one role.";
        }

        return parties.Count > 1
            ? $"The token makes the caller a delegation of more than one state ({string.Join(", ", parties)}); a token must name one."
            : null;
    }

    /// <summary>
    /// The principal the service works with: only <c>sub</c>, <c>role</c> (Secretariat or Delegation) and
    /// <c>party</c>, read through this mapping. Role and party claims of the token itself are never trusted as such.
    /// A token with more than one role (<see cref="Ambiguity"/>) gets none: the least power, should a caller not refuse it.
    /// </summary>
    public ClaimsPrincipal Normalize(ClaimsPrincipal incoming, string authenticationType)
    {
        var roles = Ambiguity(incoming) is null ? Values(incoming, RoleClaim).ToList() : [];
        var claims = new List<Claim>();
        var subject = incoming.FindFirst(NameClaim)?.Value ?? incoming.FindFirst("sub")?.Value;
        if (subject is not null)
        {
            claims.Add(new Claim("sub", subject));
        }

        string? party = null;
        var isDelegation = false;
        foreach (var role in roles)
        {
            if (PartyByRole.TryGetValue(role, out var mapped))
            {
                party ??= mapped;
                isDelegation = true;
            }
        }

        if (roles.Any(r => Secretariat.Contains(r, StringComparer.Ordinal)))
        {
            claims.Add(new Claim(SummitClaims.Role, Roles.Secretariat));
        }

        if (isDelegation || roles.Any(r => Delegation.Contains(r, StringComparer.Ordinal)))
        {
            party ??= Values(incoming, PartyClaim).FirstOrDefault();
            if (party is not null && PartyCodes.IsWellFormed(party.ToUpperInvariant()))
            {
                claims.Add(new Claim(SummitClaims.Role, Roles.Delegation));
                claims.Add(new Claim(SummitClaims.Party, party.ToUpperInvariant()));
                if (roles.Any(r => FocalPoint.Contains(r, StringComparer.Ordinal)))
                {
                    claims.Add(new Claim(SummitClaims.Role, Roles.FocalPoint));
                }
            }
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, "sub", SummitClaims.Role));
    }

    /// <summary>The values of a claim type; <c>a.b</c> reads property <c>b</c> of the JSON claim <c>a</c>; arrays give each element.</summary>
    internal static IEnumerable<string> Values(ClaimsPrincipal principal, string claimType)
    {
        var dot = claimType.IndexOf('.');
        if (dot < 0 || principal.HasClaim(c => c.Type == claimType))
        {
            foreach (var claim in principal.FindAll(claimType))
            {
                foreach (var value in Flatten(claim.Value))
                {
                    yield return value;
                }
            }

            yield break;
        }

        var outer = claimType[..dot];
        var path = claimType[(dot + 1)..].Split('.');
        foreach (var claim in principal.FindAll(outer))
        {
            JsonElement element;
            try
            {
                element = JsonDocument.Parse(claim.Value).RootElement;
            }
            catch (JsonException)
            {
                continue;
            }

            foreach (var step in path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
                {
                    element = default;
                    break;
                }
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                {
                    yield return item.GetString()!;
                }
            }
            else if (element.ValueKind == JsonValueKind.String)
            {
                yield return element.GetString()!;
            }
        }
    }

    private static IEnumerable<string> Flatten(string value)
    {
        if (value.StartsWith('['))
        {
            string[]? items = null;
            try
            {
                items = JsonSerializer.Deserialize<string[]>(value);
            }
            catch (JsonException)
            {
            }

            if (items is not null)
            {
                return items;
            }
        }

        return [value];
    }
}
