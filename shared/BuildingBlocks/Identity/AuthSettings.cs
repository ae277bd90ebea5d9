using Microsoft.Extensions.Configuration;

namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>
/// Configuration <c>Auth:*</c>. With <c>Authority</c> set, tokens come from that issuer (production).
/// Without it, tokens are signed with <c>SigningKey</c>, which only the development token endpoint knows.
/// </summary>
public sealed class AuthSettings
{
    public const string DevelopmentSigningKey = "summit-coordination-development-signing-key-not-for-production";

    public string? Authority { get; set; }

    public string Audience { get; set; } = "summit-coordination";

    public string Issuer { get; set; } = "summit-coordination-dev";

    public string SigningKey { get; set; } = DevelopmentSigningKey;

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public static AuthSettings From(IConfiguration configuration)
    {
        var settings = new AuthSettings();
        configuration.GetSection("Auth").Bind(settings);
        return settings;
    }
}
