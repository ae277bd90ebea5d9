namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>
/// Configuration <c>Auth:*</c>. Tokens are validated against one of:
/// <list type="bullet">
/// <item><c>Authority</c>: an OpenID Connect issuer whose discovery document and keys are fetched (production);</item>
/// <item><c>SigningKeysFile</c> (a JSON Web Key Set) or <c>SigningKey</c> (a shared secret of at least 32 bytes) with <c>Issuer</c>;</item>
/// <item>in Development only, and only when none of the above is set, the development key of the token endpoint.</item>
/// </list>
/// Outside Development a host with none of them refuses to start (<see cref="Validate"/>).
/// </summary>
public sealed class AuthSettings
{
    /// <summary>Public by necessity (it is in the source): trusted only by a host in the Development environment.</summary>
    public const string DevelopmentSigningKey = "summit-coordination-development-signing-key-not-for-production";

    public string? Authority { get; set; }

    /// <summary>Whether the authority must be reached over HTTPS (off only for a local test issuer).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string Audience { get; set; } = "summit-coordination";

    public string Issuer { get; set; } = "summit-coordination-dev";

    /// <summary>A shared HMAC secret; the development key when unset in Development.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Path of a JSON Web Key Set file with the issuer's public keys.</summary>
    public string? SigningKeysFile { get; set; }

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Where role and party come from in the issuer's tokens.</summary>
    public ClaimMapping Claims { get; set; } = new();

    /// <summary>True when tokens are checked with the development key (Development, nothing else configured).</summary>
    public bool UsesDevelopmentKey { get; private set; }

    public static AuthSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new AuthSettings();
        configuration.GetSection("Auth").Bind(settings);
        settings.Validate(environment);
        return settings;
    }

    /// <summary>Refuses a configuration that would trust the public development key outside Development.</summary>
    public void Validate(IHostEnvironment environment)
    {
        var hasAuthority = !string.IsNullOrWhiteSpace(Authority);
        var hasKeysFile = !string.IsNullOrWhiteSpace(SigningKeysFile);
        var hasKey = !string.IsNullOrWhiteSpace(SigningKey);
        if (hasKey && SigningKey == DevelopmentSigningKey && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:SigningKey is the development key, which is public. Outside Development set Auth:Authority (OpenID Connect) " +
                "or Auth:SigningKeysFile / Auth:SigningKey with a secret of your own.");
        }

        if (hasKey && SigningKey != DevelopmentSigningKey && Encoding.UTF8.GetByteCount(SigningKey!) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
        }

        if (hasKeysFile && !File.Exists(SigningKeysFile))
        {
            throw new InvalidOperationException($"Auth:SigningKeysFile '{SigningKeysFile}' does not exist.");
        }

        if (!hasAuthority && !hasKeysFile && !hasKey)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"No token issuer is configured for the {environment.EnvironmentName} environment. Set Auth:Authority " +
                    "(the OpenID Connect issuer, e.g. https://keycloak.example.org/realms/summit) or explicit validation keys " +
                    "(Auth:SigningKeysFile with a JSON Web Key Set, or Auth:SigningKey) together with Auth:Issuer. " +
                    "The development signing key is trusted only in Development.");
            }

            SigningKey = DevelopmentSigningKey;
            UsesDevelopmentKey = true;
        }

        Claims.Validate();
    }

    /// <summary>The keys a token must be signed with when no authority is configured.</summary>
    public IReadOnlyList<SecurityKey> ValidationKeys()
    {
        var keys = new List<SecurityKey>();
        if (!string.IsNullOrWhiteSpace(SigningKeysFile))
        {
            keys.AddRange(new JsonWebKeySet(File.ReadAllText(SigningKeysFile)).GetSigningKeys());
        }

        if (!string.IsNullOrWhiteSpace(SigningKey))
        {
            keys.Add(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)));
        }

        return keys;
    }
}
