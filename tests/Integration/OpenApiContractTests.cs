using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>Issue 9, section 5: an OpenAPI document that describes the API, lints clean and generates a client that compiles.</summary>
public sealed class OpenApiContractTests : IClassFixture<OpenApiContractTests.Document>
{
    public sealed class Document : IDisposable
    {
        private readonly SummitApp _app = new();

        public Document()
        {
            Json = _app.CreateClient().GetStringAsync("/openapi/v1.json").GetAwaiter().GetResult();
            Root = JsonDocument.Parse(Json).RootElement;
        }

        public string Json { get; }

        public JsonElement Root { get; }

        public void Dispose() => _app.Dispose();
    }

    private readonly Document _document;

    public OpenApiContractTests(Document document) => _document = document;

    private IEnumerable<(string Path, string Verb, JsonElement Operation)> Operations() =>
        _document.Root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(v => v.Name is "get" or "post" or "put" or "delete" or "patch").Select(v => (p.Name, v.Name, v.Value)));

    [Fact]
    public void Every_operation_has_a_unique_id_a_description_and_its_problem_responses()
    {
        var ids = new HashSet<string>();
        foreach (var (path, verb, operation) in Operations())
        {
            var id = operation.GetProperty("operationId").GetString()!;
            Assert.True(ids.Add(id), $"{id} is unique");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), $"{verb} {path} has a description");
            var responses = operation.GetProperty("responses");
            var secured = operation.GetProperty("security").GetArrayLength() > 0;
            foreach (var code in secured ? new[] { "400", "401", "403", "429" } : ["400", "429"])
            {
                Assert.True(responses.TryGetProperty(code, out var response), $"{verb} {path} documents {code}");
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{verb} {path} {code} is problem details");
            }

            if (path.Contains('{'))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{verb} {path} documents 404");
            }

            if (verb != "get")
            {
                Assert.True(responses.TryGetProperty("409", out _), $"{verb} {path} documents 409");
            }
        }

        Assert.True(ids.Count > 60, $"{ids.Count} operations");
    }

    [Fact]
    public void Bearer_security_is_declared_and_required_exactly_where_the_service_requires_a_token()
    {
        Assert.Equal("bearer", _document.Root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var operations = Operations().ToDictionary(o => $"{o.Verb} {o.Path}", o => o.Operation.GetProperty("security").GetArrayLength() > 0);
        Assert.True(operations["post /api/meetings"]);
        Assert.True(operations["put /api/agenda-items/{id}/positions/{party}"]);
        Assert.True(operations["get /api/statements/{id}"]);
        Assert.False(operations["get /public/statements"]);
        Assert.False(operations["get /public/calendar.ics"]);
        Assert.False(operations["get /calendars/{token}.ics"]);
    }

    [Fact]
    public void Calendars_feeds_and_redirects_to_pages_are_described()
    {
        var paths = _document.Root.GetProperty("paths");
        JsonElement Ok(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(Ok("/public/calendar.ics").TryGetProperty("text/calendar", out _));
        Assert.True(Ok("/api/parties/{code}/calendar.ics").TryGetProperty("text/calendar", out _));
        Assert.True(Ok("/public/feed.atom").TryGetProperty("application/atom+xml", out _));
        Assert.True(Ok("/public/statements/{slug}").TryGetProperty("application/json", out _));
        // A browser is sent to the web app's page: the document says so with a 302.
        Assert.True(paths.GetProperty("/public/statements/{slug}").GetProperty("get").GetProperty("responses").TryGetProperty("302", out _));
    }

    [Fact]
    public void Request_schemas_carry_the_validators_rules()
    {
        var schemas = _document.Root.GetProperty("components").GetProperty("schemas");
        var meeting = schemas.GetProperty("CreateMeetingRequest");
        var required = meeting.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        foreach (var field in new[] { "bodyId", "start", "end", "timeZone", "hostParty", "city", "venue", "delegations" })
        {
            Assert.Contains(field, required);
            Assert.False(meeting.GetProperty("properties").GetProperty(field).TryGetProperty("nullable", out var nullable) && nullable.GetBoolean(), $"{field} is not nullable");
        }

        Assert.Equal(200, meeting.GetProperty("properties").GetProperty("venue").GetProperty("maxLength").GetInt32());
        Assert.Equal(1, meeting.GetProperty("properties").GetProperty("venue").GetProperty("minLength").GetInt32());
        Assert.DoesNotContain("title", required);
        var token = schemas.GetProperty("DevTokenRequest").GetProperty("properties");
        Assert.Equal(64, token.GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal("^[A-Za-z0-9._@ -]+$", token.GetProperty("name").GetProperty("pattern").GetString());
        var body = schemas.GetProperty("BodyRequest");
        Assert.Contains("name", body.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(200, body.GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
        // A rule with a condition is not claimed as a schema constraint (the 400 says it instead).
        Assert.False(body.GetProperty("properties").GetProperty("agendaDeadlineDays").TryGetProperty("minimum", out _));
        Assert.DoesNotContain("\"format\": \"time\"", _document.Json.Replace("\"format\":\"time\"", "\"format\": \"time\""));
        var example = _document.Root.GetProperty("paths").GetProperty("/api/meetings").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .GetProperty("application/json").GetProperty("example");
        Assert.Equal("Asia/Almaty", example.GetProperty("timeZone").GetString());
    }

    /// <summary>Issue 19, point 18: a client generating requests from the document is not refused for what the document allows.</summary>
    [Fact]
    public void The_document_says_what_the_validators_accept_in_queries_and_bodies()
    {
        var paths = _document.Root.GetProperty("paths");
        JsonElement Query(string path, string name) => paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        foreach (var path in new[] { "/api/parties/{code}/holidays", "/public/calendar", "/public/statements" })
        {
            var year = Query(path, "year");
            Assert.Equal("integer", year.GetProperty("type").GetString());
            Assert.Equal(1990, year.GetProperty("minimum").GetInt32());
            Assert.Equal(2100, year.GetProperty("maximum").GetInt32());
            // A query value is given or left out: "null" is no year.
            Assert.False(year.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean(), $"{path} year is not nullable");
        }

        Assert.Equal(200, Query("/api/meetings", "pageSize").GetProperty("maximum").GetInt32());
        Assert.Equal(100, Query("/public/statements", "pageSize").GetProperty("maximum").GetInt32());
        Assert.Equal(1, Query("/api/meetings", "page").GetProperty("minimum").GetInt32());
        var layers = _document.Root.GetProperty("components").GetProperty("schemas").GetProperty(Query("/api/meetings", "layer").GetProperty("$ref").GetString()!.Split('/')[^1]);
        Assert.Contains("Leaders", layers.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var schemas = _document.Root.GetProperty("components").GetProperty("schemas");
        foreach (var request in new[] { "CreateMeetingRequest", "PartyRequest", "RescheduleMeetingRequest", "SummitPlanRequest" })
        {
            var zone = schemas.GetProperty(request).GetProperty("properties").GetProperty("timeZone");
            var pattern = new System.Text.RegularExpressions.Regex(zone.GetProperty("pattern").GetString()!);
            Assert.Matches(pattern, "Asia/Almaty");
            Assert.Matches(pattern, "America/Argentina/Buenos_Aires");
            Assert.Matches(pattern, "Etc/GMT+5");
            Assert.DoesNotMatch(pattern, "00");
            Assert.DoesNotMatch(pattern, "Central Asia Standard Time");
        }

        Assert.Equal("string", schemas.GetProperty("CommitmentRequest").GetProperty("properties").GetProperty("dueUtc").GetProperty("type").GetString());
        Assert.Contains("bidirectional", _document.Root.GetProperty("info").GetProperty("description").GetString());
    }

    /// <summary>Issue 20, point 3: who may call reads off the endpoint (its policy, then its rule on the resource) and the document says it.</summary>
    [Fact]
    public void Every_operation_says_who_may_call_it()
    {
        var operations = Operations().ToDictionary(o => $"{o.Verb} {o.Path}", o => o.Operation.GetProperty("description").GetString()!);
        foreach (var (operation, description) in operations)
        {
            Assert.Contains("Who may call: ", description);
        }

        Assert.EndsWith("Who may call: policy Secretariat.", operations["post /api/meetings"]);
        Assert.EndsWith("Who may call: anyone, no token needed.", operations["get /public/statements"]);
        Assert.Contains("policy Participant; then, on the resource", operations["put /api/statements/{id}/embargo"]);
        Assert.Contains("Secretariat (the policy, checked on the statement)", operations["put /api/statements/{id}/embargo"]);
        Assert.Contains("chair of the meeting or the secretariat", operations["post /api/agenda-items/{id}/decision"]);
        Assert.Contains("proposer of the item", operations["post /api/agenda-items/{id}/withdraw"]);
        Assert.Contains("own state", operations["put /api/agenda-items/{id}/positions/{party}"]);
        Assert.Contains("policy Delegation", operations["put /api/agenda-items/{id}/positions/{party}"]);
        Assert.Contains("own state", operations["post /api/instruments/{id}/signatures"]);
        Assert.Contains("own state", operations["get /api/parties/{code}/calendar.ics"]);
    }

    [Fact]
    public async Task A_CSharp_client_generated_from_the_document_compiles()
    {
        var document = await NSwag.OpenApiDocument.FromJsonAsync(_document.Json);
        var settings = new CSharpClientGeneratorSettings { ClassName = "SummitClient", GenerateClientInterfaces = true };
        settings.CSharpGeneratorSettings.Namespace = "Generated.Summit";
        settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
        var code = new CSharpClientGenerator(document, settings).GenerateFile();

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("GeneratedClient", [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var dll = new MemoryStream();
        var result = compilation.Emit(dll);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(10).ToList();
        if (!result.Success)
        {
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "summit-generated-client.cs"), code);
        }

        Assert.True(result.Success, string.Join("\n", errors));
        Assert.Contains("Task<MeetingResponse> PostMeetingsAsync(", code);
    }

    [Fact]
    public async Task The_document_passes_spectral_oas_lint_without_errors_or_warnings()
    {
        using var work = new TempDirectory();
        var file = Path.Combine(work.Path, "openapi.json");
        await File.WriteAllTextAsync(file, _document.Json);
        var ruleset = Path.Combine(Repository.Root, ".spectral.yaml");
        var start = new ProcessStartInfo("npx", ["--yes", "@stoplight/spectral-cli@6.15.0", "lint", file, "--ruleset", ruleset, "--fail-severity", "warn", "--format", "text"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = work.Path,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"spectral exit {process.ExitCode}\n{output}\n{error}");
    }
}
