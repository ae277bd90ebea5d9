using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;

namespace SummitCoordination.BuildingBlocks.OpenApi;

/// <summary>
/// The OpenAPI document a client can be generated from: security schemes and per-operation security, the problem
/// responses of every operation, request schemas carrying the validators' rules (<see cref="ValidationSchemaTransformer"/>),
/// operation ids, and examples on the main writes.
/// </summary>
public static class OpenApiSetup
{
    public const string Bearer = "Bearer";
    public const string OpenIdConnect = "OpenIdConnect";
    public const string Problem = "Problem";

    public static IServiceCollection AddSummitOpenApi(this IServiceCollection services, AuthSettings auth, string title)
    {
        services.AddOpenApi(options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document, auth, title);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                DescribeOperation(operation, context);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ValidationSchemaTransformer>();
        });
        return services;
    }

    private static void Describe(OpenApiDocument document, AuthSettings auth, string title)
    {
        document.Info = new OpenApiInfo
        {
            Title = title,
            Version = "v1",
            Description = "Meeting coordination for the C5 process: reference data, meetings and calendars (Scheduling), agenda items and " +
                "positions (Consensus), statements, publication and commitments (Statements). Every refusal is RFC 9457 problem details " +
                "with a stable `code`. Instants carry an offset and lie between 1990 and 2100; time zones are IANA ids. Enum values, in " +
                "bodies and queries alike, are their names (`Leaders`, not `1`). No text may contain control characters other than tab, " +
                "line feed and carriage return, nor bidirectional controls (U+202A to U+202E, U+2066 to U+2069).",
            Contact = new OpenApiContact { Name = "SummitCoordination secretariat", Url = new Uri("https://summit-coordination.example/") },
            License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://summit-coordination.example/licence") },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "This host" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = auth.UsesDevelopmentKey
                ? "A token from POST /dev/tokens (Development only): paste its accessToken here."
                : "An access token from the configured OpenID Connect issuer.",
        };
        if (!string.IsNullOrWhiteSpace(auth.Authority))
        {
            document.Components.SecuritySchemes[OpenIdConnect] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OpenIdConnect,
                OpenIdConnectUrl = new Uri($"{auth.Authority.TrimEnd('/')}/.well-known/openid-configuration"),
                Description = "Sign in with the configured issuer (authorization code with PKCE).",
            };
        }

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in document.Components.Schemas.Values.OfType<OpenApiSchema>())
        {
            DropNullAlternatives(schema, []);
        }

        document.Components.Schemas[Problem] = ProblemSchema();
        // Every 400 is described by the one problem schema (with errors), so the framework's own is not used.
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                     .Select(t => t.Name).Where(n => n is not null).Distinct().ToList())
        {
            if (document.Tags.All(t => t.Name != tag))
            {
                document.Tags.Add(new OpenApiTag { Name = tag, Description = $"{tag} operations." });
            }
        }
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details, with a stable machine-readable code; errors name the fields of a 400.",
        Required = new HashSet<string> { "status", "title", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "e.g. meeting.not-found, request.invalid, rate-limited" },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Per field (as named in the JSON), the reasons it was refused.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
        AdditionalPropertiesAllowed = true,
    };

    private static readonly Dictionary<string, string> Reasons = new()
    {
        ["400"] = "The request is not valid; errors name the fields.",
        ["401"] = "No valid bearer token.",
        ["403"] = "The caller's role may not do this.",
        ["404"] = "Not found, or not visible to this caller.",
        ["409"] = "Conflicts with the current state.",
        ["429"] = "Too many requests; see Retry-After.",
        ["503"] = "The store cannot take the change now; see Retry-After.",
    };

    private static void DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var method = description.HttpMethod ?? "GET";
        var route = (description.RelativePath ?? "").TrimEnd('/');

        operation.OperationId ??= metadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName ?? OperationId(method, route);
        operation.Summary ??= metadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary;
        operation.Description ??= operation.Summary;
        operation.Tags ??= new HashSet<OpenApiTagReference>();
        if (operation.Tags.Count == 0)
        {
            operation.Tags.Add(new OpenApiTagReference("Service", context.Document));
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Schema is OpenApiSchema schema)
            {
                Simplify(schema);
                Constrain(parameter.Name, route, schema);
            }
        }

        operation.Description = $"{operation.Description}\n\nWho may call: {WhoMayCall(metadata, secured)}.";
        operation.Security = secured
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }]
            : [];

        var codes = new List<string> { "400", "429" };
        if (secured)
        {
            codes.AddRange(["401", "403"]);
        }

        if (route.Contains('{'))
        {
            codes.Add("404");
        }

        if (method is not "GET" and not "HEAD")
        {
            codes.AddRange(["404", "409", "503"]);
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var code in codes.Distinct())
        {
            operation.Responses[code] = new OpenApiResponse
            {
                Description = Reasons[code],
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, context.Document) },
                },
            };
        }

        foreach (var response in operation.Responses.Where(r => string.IsNullOrWhiteSpace(r.Value.Description)).ToList())
        {
            if (response.Value is OpenApiResponse concrete)
            {
                concrete.Description = response.Key == "304" ? "Not modified since the ETag or date given." : "Success.";
            }
        }

        if (Examples.For(method, route) is { } example && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values.OfType<OpenApiMediaType>())
            {
                media.Example = example;
            }
        }
    }

    /// <summary>
    /// Who may call, read off the endpoint: the named policies it declares (<see cref="Policies"/>), then the rules its
    /// handler applies to the resource once it is found visible (<see cref="AccessRuleMetadata"/>: chair, proposer, own state).
    /// </summary>
    internal static string WhoMayCall(IEnumerable<object> metadata, bool secured)
    {
        if (!secured)
        {
            return "anyone, no token needed";
        }

        var list = metadata.ToList();
        var policies = list.OfType<IAuthorizeData>().Select(a => a.Policy ?? a.Roles).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToList();
        var who = policies.Count > 0 ? $"policy {string.Join(" and ", policies)}" : "any signed-in caller";
        var rules = list.OfType<AccessRuleMetadata>().Select(r => r.Rule).Distinct().ToList();
        return rules.Count > 0 ? $"{who}; then, on the resource (404 first if the caller may not see it): {string.Join("; ", rules)}" : who;
    }

    /// <summary>
    /// "This reference, or null" is written by the framework as <c>oneOf: [{nullable}, {$ref}]</c>, and the null branch has
    /// no type, which OpenAPI 3.0 does not allow; the reference alone is left (the field may still be left out).
    /// </summary>
    private static void DropNullAlternatives(OpenApiSchema schema, HashSet<OpenApiSchema> seen)
    {
        if (!seen.Add(schema))
        {
            return;
        }

        static bool IsNullOnly(IOpenApiSchema s) => s is OpenApiSchema { Type: JsonSchemaType.Null } || s is OpenApiSchema { Type: null, Enum: [null] };
        schema.OneOf = schema.OneOf?.Where(s => !IsNullOnly(s)).ToList();
        schema.AnyOf = schema.AnyOf?.Where(s => !IsNullOnly(s)).ToList();
        var children = (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties).OfType<OpenApiSchema>().ToList();
        foreach (var child in children)
        {
            DropNullAlternatives(child, seen);
        }
    }

    /// <summary>
    /// A route or query value as one plain type: numbers as integer or number (not "a number or a numeric string"),
    /// instants and ids as strings with their format. Never nullable: a query value is given or left out, and the text
    /// <c>null</c> is no value (<c>?year=null</c> is refused); an optional one is simply not required.
    /// </summary>
    private static void Simplify(OpenApiSchema schema)
    {
        var alternatives = (schema.AnyOf ?? []).Concat(schema.OneOf ?? []).OfType<OpenApiSchema>().ToList();
        if (alternatives.FirstOrDefault(a => a.Type is { } t && (t.HasFlag(JsonSchemaType.Integer) || t.HasFlag(JsonSchemaType.Number) || t.HasFlag(JsonSchemaType.Boolean)))
            is { } plain)
        {
            schema.Type = plain.Type & ~JsonSchemaType.Null;
            schema.Format ??= plain.Format;
            schema.AnyOf = null;
            schema.OneOf = null;
            schema.Pattern = null;
        }

        if (schema.Type is null && schema.Format is "date-time" or "date" or "uuid" or "time")
        {
            schema.Type = JsonSchemaType.String;
        }

        if (schema.Type is { } type && type != JsonSchemaType.Null)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }
    }

    /// <summary>The ranges the endpoints check on query values (years, paging), as the document's own constraints.</summary>
    private static void Constrain(string? name, string route, OpenApiSchema schema)
    {
        var integer = schema.Type?.HasFlag(JsonSchemaType.Integer) == true;
        switch (name)
        {
            case "year" when integer:
                schema.Minimum = "1990";
                schema.Maximum = "2100";
                break;
            case "page" when integer:
                schema.Minimum = "1";
                break;
            case "pageSize" when integer:
                schema.Minimum = "1";
                schema.Maximum = route.StartsWith("public/", StringComparison.Ordinal) ? "100" : "200";
                break;
            case "from" or "to" or "since" when schema.Format == "date-time":
                schema.Description ??= "An instant with its offset (2027-03-02T10:00:00+05:00), from 1990 to 2100.";
                break;
        }
    }

    /// <summary><c>POST api/meetings/{id}/reschedule</c> → <c>PostMeetingsByIdReschedule</c>: unique per method and path, URL-safe.</summary>
    public static string OperationId(string method, string route)
    {
        var parts = route.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "api").Select(segment =>
        {
            // {id:guid} → ById; {token}.ics → ByTokenIcs; calendar-subscriptions → CalendarSubscriptions.
            var words = System.Text.RegularExpressions.Regex.Replace(segment, @"\{(\w+)[^}]*\}", m => $" By{Pascal(m.Groups[1].Value)} ");
            return string.Concat(words.Split([' ', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(Pascal));
        });
        return Pascal(method.ToLowerInvariant()) + string.Concat(parts);
    }

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}

/// <summary>Request examples for the main write operations, as the reference page shows them.</summary>
internal static class Examples
{
    public static JsonNode? For(string method, string route) => (method, route) switch
    {
        ("POST", "api/meetings") => JsonNode.Parse("""
            {"bodyId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","title":"Council of Foreign Ministers, Astana 2027",
             "start":"2027-03-02T10:00:00+05:00","end":"2027-03-02T13:00:00+05:00","timeZone":"Asia/Almaty","hostParty":"KAZ",
             "city":"Astana","venue":"Palace of Independence",
             "delegations":[{"party":"KAZ","headName":"Murat Nurtleu","headRank":"Minister of Foreign Affairs","members":["Deputy Minister"]},
                            {"party":"UZB","headName":"Bakhtiyor Saidov","headRank":"Minister of Foreign Affairs","members":[]}],
             "observers":["AFG"]}
            """),
        ("POST", "api/agenda-items") => JsonNode.Parse("""
            {"meetingId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","kind":"Decision","title":"Regional early-warning system for floods",
             "text":"The ministers agree to establish a joint early-warning system.","targetLayer":"Leaders"}
            """),
        ("PUT", "api/agenda-items/{id}/positions/{party}") => JsonNode.Parse("""{"position":"Concur","note":"Instructions received from the capital."}"""),
        ("POST", "api/statements") => JsonNode.Parse("""
            {"meetingId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","kind":"JointStatement","title":"Joint statement of the Consultative Meeting",
             "english":"The Heads of State **welcome** the progress on water and energy.","russian":"Главы государств **приветствуют** прогресс."}
            """),
        ("POST", "api/calendar-subscriptions") => JsonNode.Parse("""{"feed":"Party","target":"KAZ"}"""),
        _ => null,
    };
}
