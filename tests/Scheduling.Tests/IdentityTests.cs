using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 9, section 1: identity fit for production. Tests of one configuration share its host (<see cref="Hosts"/>:
/// a boot costs seconds of CPU); each posts parties of its own codes.
/// </summary>
public sealed class IdentityTests(IdentityTests.Hosts hosts) : IClassFixture<IdentityTests.Hosts>
{
    /// <summary>One host per configuration the tests share, made when a test first asks for it, disposed after the class.</summary>
    public sealed class Hosts : IDisposable
    {
        private readonly Lazy<SummitApp> _production = new(() => new SummitApp(environment: "Production", settings: Production()));

        /// <summary>Entra ID's app roles: a secretariat value, a role per state (Uzbekistan's and Kazakhstan's), the name in preferred_username.</summary>
        private readonly Lazy<SummitApp> _entra = new(() => new SummitApp(environment: "Production", settings: Production(
            ("Auth:Claims:RoleClaim", "roles"),
            ("Auth:Claims:SecretariatValues:0", "Secretariat.Officer"),
            ("Auth:Claims:PartyByRole:Delegation.UZB", "UZB"),
            ("Auth:Claims:PartyByRole:Delegation.KAZ", "KAZ"),
            ("Auth:Claims:NameClaim", "preferred_username"))));

        private readonly Lazy<SummitApp> _development = new(() => new SummitApp());

        public SummitApp Production => _production.Value;

        public SummitApp Entra => _entra.Value;

        public SummitApp Development => _development.Value;

        public void Dispose()
        {
            foreach (var host in new[] { _production, _entra, _development }.Where(h => h.IsValueCreated))
            {
                host.Value.Dispose();
            }
        }
    }

    private const string ProductionKey = "a-production-secret-of-the-secretariat-0123456789";
    private const string ProductionIssuer = "https://login.example.org/summit";

    private static Dictionary<string, string?> Production(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = ProductionKey,
            ["Auth:Issuer"] = ProductionIssuer,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static string Token(string key, string issuer, IDictionary<string, object> claims, DateTime? expires = null)
    {
        var payload = new JwtPayload(issuer, "summit-coordination", [], DateTime.UtcNow.AddHours(-1), expires ?? DateTime.UtcNow.AddHours(1));
        payload["sub"] = "someone";
        foreach (var (type, value) in claims)
        {
            payload[type] = value;
        }

        var header = new JwtHeader(new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
    }

    private static HttpClient With(SummitApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static object NewParty(string code) =>
        new { code, kind = "Partner", nameEn = "Testland", nameRu = "Тестландия", capital = "Testville", timeZone = "Europe/Berlin" };

    [Fact]
    public void A_production_host_without_an_issuer_does_not_start_and_names_the_missing_setting()
    {
        using var app = new SummitApp(environment: "Production");
        var refusal = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var message = refusal is InvalidOperationException ? refusal.Message : refusal.GetBaseException().Message;
        Assert.Contains("Auth:Authority", message);
        Assert.Contains("Auth:SigningKeysFile", message);
    }

    [Fact]
    public void A_production_host_given_the_public_development_key_does_not_start()
    {
        using var app = new SummitApp(environment: "Production", settings: new Dictionary<string, string?> { ["Auth:SigningKey"] = AuthSettings.DevelopmentSigningKey });
        var refusal = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("development key", refusal.GetBaseException().Message);
    }

    [Fact]
    public async Task A_production_host_refuses_a_token_forged_with_the_development_key_and_offers_no_token_endpoint()
    {
        var app = hosts.Production;
        var forged = Token(AuthSettings.DevelopmentSigningKey, "summit-coordination-dev", new Dictionary<string, object> { ["role"] = "Secretariat" });
        var response = await With(app, forged).PostAsJsonAsync("/api/parties", NewParty("FGD"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var genuine = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["role"] = "Secretariat" });
        Assert.Equal(HttpStatusCode.Created, (await With(app, genuine).PostAsJsonAsync("/api/parties", NewParty("GNN"))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().PostAsJsonAsync("/dev/tokens", new { role = "Secretariat" })).StatusCode);
    }

    [Fact]
    public async Task Keycloak_realm_roles_with_a_party_attribute_map_to_secretariat_and_delegation()
    {
        using var app = new SummitApp(environment: "Production", settings: Production(
            ("Auth:Claims:RoleClaim", "realm_access.roles"),
            ("Auth:Claims:SecretariatValues:0", "summit-secretariat"),
            ("Auth:Claims:DelegationValues:0", "summit-delegation"),
            ("Auth:Claims:PartyClaim", "summit_party")));

        var staff = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object>
        {
            ["realm_access"] = new Dictionary<string, object> { ["roles"] = new[] { "offline_access", "summit-secretariat" } },
        });
        Assert.Equal(HttpStatusCode.Created, (await With(app, staff).PostAsJsonAsync("/api/parties", NewParty("KCK"))).StatusCode);

        var kazakhstan = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object>
        {
            ["realm_access"] = new Dictionary<string, object> { ["roles"] = new[] { "summit-delegation" } },
            ["summit_party"] = "KAZ",
        });
        Assert.Equal(HttpStatusCode.OK, (await With(app, kazakhstan).GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await With(app, kazakhstan).PostAsJsonAsync("/api/parties", NewParty("KCL"))).StatusCode);

        // The token's own "role" claim means nothing when the mapping reads roles elsewhere.
        var raw = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["role"] = "Secretariat" });
        Assert.Equal(HttpStatusCode.Forbidden, (await With(app, raw).PostAsJsonAsync("/api/parties", NewParty("KCM"))).StatusCode);
    }

    [Fact]
    public async Task Entra_app_roles_map_a_role_value_to_a_delegation_of_one_state()
    {
        var app = hosts.Entra;

        var uzbekistan = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["roles"] = new[] { "Delegation.UZB" } });
        Assert.Equal(HttpStatusCode.OK, (await With(app, uzbekistan).GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await With(app, uzbekistan).PostAsJsonAsync("/api/parties", NewParty("ENA"))).StatusCode);

        var officer = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["roles"] = new[] { "Secretariat.Officer" } });
        Assert.Equal(HttpStatusCode.Created, (await With(app, officer).PostAsJsonAsync("/api/parties", NewParty("ENB"))).StatusCode);
        // Not a delegation: no party, so no "my meetings"; its inbox is the secretariat's.
        Assert.Equal(HttpStatusCode.Forbidden, (await With(app, officer).GetAsync("/api/meetings/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await With(app, officer).GetAsync("/api/notifications")).StatusCode);
    }

    private static async Task AssertUnauthorizedProblemAsync(HttpResponseMessage response, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), text);
        if (code is not null)
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
        }
    }

    /// <summary>Issue 19, point 15: a role claim that is an array does not give both powers.</summary>
    [Fact]
    public async Task A_token_with_more_than_one_role_is_refused_with_401_problem_details()
    {
        var app = hosts.Production;
        var both = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["role"] = new[] { "Delegation", "Secretariat" }, ["party"] = "KAZ" });
        await AssertUnauthorizedProblemAsync(await With(app, both).PostAsJsonAsync("/api/parties", NewParty("AMB")), "auth.ambiguous-role");
        await AssertUnauthorizedProblemAsync(await With(app, both).GetAsync("/api/meetings/mine"), "auth.ambiguous-role");
        var twoStates = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["role"] = "Delegation", ["party"] = new[] { "KAZ", "UZB" } });
        await AssertUnauthorizedProblemAsync(await With(app, twoStates).GetAsync("/api/meetings/mine"), "auth.ambiguous-role");

        // One role, even written as an array of one, is read as before.
        var one = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["role"] = new[] { "Secretariat" } });
        Assert.Equal(HttpStatusCode.Created, (await With(app, one).PostAsJsonAsync("/api/parties", NewParty("ONE"))).StatusCode);
    }

    [Fact]
    public async Task Entra_roles_for_two_states_are_refused()
    {
        var app = hosts.Entra;
        var two = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["roles"] = new[] { "Delegation.UZB", "Delegation.KAZ" } });
        await AssertUnauthorizedProblemAsync(await With(app, two).GetAsync("/api/notifications"), "auth.ambiguous-role");
        var officerAndState = Token(ProductionKey, ProductionIssuer, new Dictionary<string, object> { ["roles"] = new[] { "Secretariat.Officer", "Delegation.KAZ" } });
        await AssertUnauthorizedProblemAsync(await With(app, officerAndState).PostAsJsonAsync("/api/parties", NewParty("OAS")), "auth.ambiguous-role");
    }

    /// <summary>Issue 19, point 17: the clock skew allowed is 30 seconds, not the default five minutes.</summary>
    [Fact]
    public async Task A_token_expired_two_minutes_ago_is_refused_and_one_expired_ten_seconds_ago_is_still_accepted()
    {
        var app = hosts.Production;
        var claims = new Dictionary<string, object> { ["role"] = "Secretariat" };
        var expired = Token(ProductionKey, ProductionIssuer, claims, DateTime.UtcNow.AddMinutes(-2));
        await AssertUnauthorizedProblemAsync(await With(app, expired).GetAsync("/api/bodies"));
        var justExpired = Token(ProductionKey, ProductionIssuer, claims, DateTime.UtcNow.AddSeconds(-10));
        Assert.Equal(HttpStatusCode.OK, (await With(app, justExpired).GetAsync("/api/bodies")).StatusCode);
    }

    [Theory]
    [InlineData("Delegation", "ZZZ", null, "party")]
    [InlineData("Delegation", "KAZ", "a-name-that-is-far-too-long-for-anyone-to-type-into-a-token-request-form", "name")]
    [InlineData("Delegation", "KAZ", "<script>", "name")]
    [InlineData("Secretariat", "KAZ", null, "party")]
    public async Task The_development_token_endpoint_refuses_unknown_parties_and_unbounded_names(string role, string party, string? name, string field)
    {
        var response = await hosts.Development.CreateClient().PostAsJsonAsync("/dev/tokens", new { role, party, name });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
