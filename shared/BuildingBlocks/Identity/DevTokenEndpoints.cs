using System.IdentityModel.Tokens.Jwt;

namespace SummitCoordination.BuildingBlocks.Identity;

public sealed record DevTokenRequest(string? Role, string? Party, string? Name, bool FocalPoint = false);

public sealed record DevTokenResponse(string AccessToken, string TokenType, DateTime ExpiresUtc);

public sealed class DevTokenRequestValidator : AbstractValidator<DevTokenRequest>
{
    public DevTokenRequestValidator()
    {
        RuleFor(r => r.Role).NotEmpty().Must(r => Roles.All.Contains(r!))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(r => r.Party).NotEmpty().When(r => r.Role == Roles.Delegation)
            .WithMessage("A delegation token needs the party (ISO code) it acts for.");
        RuleFor(r => r.Party).Matches(PartyCodes.Pattern).When(r => !string.IsNullOrEmpty(r.Party))
            .WithMessage("Party is an upper-case code such as KAZ or EU.");
        RuleFor(r => r.Party).Empty().When(r => r.Role == Roles.Secretariat)
            .WithMessage("A secretariat token acts for no party.");
        RuleFor(r => r.FocalPoint).Equal(false).When(r => r.Role != Roles.Delegation)
            .WithMessage("Only a delegation has a focal point.");
        RuleFor(r => r.Name).MaximumLength(64).Matches("^[A-Za-z0-9._@ -]+$")
            .WithMessage("Name is up to 64 letters, digits, spaces and . _ @ -.");
    }
}

/// <summary><c>POST /dev/tokens</c>: a signed token for a role (and party), only when the host runs in Development.</summary>
public static class DevTokenEndpoints
{
    /// <summary>Maps the endpoint on a host that knows the parties (the one running Scheduling).</summary>
    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/tokens", async Task<IResult> (DevTokenRequest request, AuthSettings settings, TimeProvider clock, IPartyDirectory parties, CancellationToken cancellationToken) =>
            {
                if (!settings.UsesDevelopmentKey)
                {
                    throw new DomainException(DomainErrorKind.Conflict, "dev-tokens.unavailable",
                        "This host validates tokens from a configured issuer; get a token there.");
                }

                if (request.Party is not null && !await parties.IsKnownAsync(request.Party, cancellationToken))
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { ["party"] = [$"No party '{request.Party}' is known to the service."] },
                        title: "The request has invalid fields.");
                }

                return TypedResults.Ok(Issue(request, settings, clock.GetUtcNow().UtcDateTime));
            })
            .Validate<DevTokenRequest>()
            .Produces<DevTokenResponse>(StatusCodes.Status200OK)
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("Issues a development token (Development environment only).");
        return app;
    }

    private static DevTokenResponse Issue(DevTokenRequest request, AuthSettings settings, DateTime now)
    {
        var claims = new List<Claim>
        {
            new("sub", request.Name ?? $"{request.Role}-{request.Party ?? "staff"}".ToLowerInvariant()),
            new(SummitClaims.Role, request.Role!),
        };
        if (!string.IsNullOrEmpty(request.Party))
        {
            claims.Add(new Claim(SummitClaims.Party, request.Party));
        }

        if (request.FocalPoint)
        {
            claims.Add(new Claim(SummitClaims.Role, Roles.FocalPoint));
        }

        var expires = now.Add(settings.DevTokenLifetime);
        var token = new JwtSecurityToken(settings.Issuer, settings.Audience, claims, now, expires,
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256));
        return new DevTokenResponse(new JwtSecurityTokenHandler().WriteToken(token), "Bearer", expires);
    }
}
